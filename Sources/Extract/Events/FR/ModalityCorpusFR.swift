/// French modality examples: each clause must read as the given modality.
extension ModalityCuesFR {
    package static let corpus: [CorpusEntry<Modality>] = [
        .init(.planned, "Le quatrième Conseil se tiendra à Bruxelles.", "La réunion aura lieu à Paris.",
              "La troisième réunion devrait avoir lieu en 2025 à Tokyo.", "Les réunions devraient reprendre.",
              "Le quatrième Conseil est prévu pour 2026.", "La signature est prévue le 13 mai.",
              "Le sommet doit se tenir à Tokyo.", "le prochain sommet", "Ils signeront une lettre d'intention.",
              "L'UE et le Japon annonceront une coopération, selon le procès-verbal.",
              "Les deux parties déclareront leur soutien.", "L'UE et le Japon vont coopérer.", "les réunions à venir",
              "La capitale s'apprête à recevoir samedi les dirigeants de l'IGAD."),
        .init(.reported, "Selon le procès-verbal, le Conseil s'est réuni.", "D'après le ministre, l'accord a été signé.",
              "Le Conseil a eu lieu, a indiqué la Commission.", "Le sommet a été reporté, indique le procès-verbal.",
              "L'accord aurait été signé en mai."),
        .init(.asserted, "C'était le premier sommet à se tenir dans sa ville natale.", "Le Conseil s'est réuni aujourd'hui à Tokyo.", "Le partenariat a été signé en mai 2022.",
              "Le sommet s'est tenu comme prévu.", "L'UE et la Corée du Sud ont annoncé une coopération.",
              "Une caméra filmait la réunion.", "Le Conseil d'aujourd'hui s'est conclu."),
    ]
}
