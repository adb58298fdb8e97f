// Spanish words → the English term registry records use (issue 16, "Searching in Spanish"). The registry
// is in English, so "cáncer de mama" finds nothing there; before a search is sent the app offers
// "¿Buscar 'breast cancer'?". The list covers the conditions most frequent in the records (checked by
// spanish-terms.test.ts over ../shared/ctgov) and the everyday phrasings of Latin American and US Spanish.
// Medical wording follows NCI's Spanish pages (cancer.gov/espanol) and, outside cancer, the Spanish MeSH
// (DeCS); docs/i18n/terms-es.md is the reviewed list for the rest of the interface.
// Loaded only in the Spanish interface (spanish-suggestion.tsx), so English visits never download it.

export type SpanishTerm = {
  /**
   * What people type, lower case, with accents, each matched as a whole phrase. Variants that only differ
   * by accents, case, punctuation or a simple plural need no entry of their own (see foldSpanish).
   */
  readonly es: readonly string[];
  /** The English term to search the registry for, in the wording records use. */
  readonly en: string;
};

export const SPANISH_TERMS: readonly SpanishTerm[] = [
  // Cancer (NCI's Spanish names first).
  { es: ["cáncer", "tumor maligno"], en: "cancer" },
  { es: ["cáncer de seno", "cáncer de mama", "cáncer de pecho", "cáncer mamario", "cáncer en el seno", "cáncer en la mama"], en: "breast cancer" },
  { es: ["cáncer de pulmón", "cáncer pulmonar", "cáncer en el pulmón", "cáncer de los pulmones", "cáncer en los pulmones"], en: "lung cancer" },
  {
    es: [
      "cáncer de pulmón de células no pequeñas",
      "cáncer de pulmón de células no microcíticas",
      "cáncer de pulmón no microcítico",
      "cáncer pulmonar de células no pequeñas",
      "carcinoma de pulmón de células no pequeñas",
      "cpcnp",
    ],
    en: "non-small cell lung cancer",
  },
  { es: ["cáncer de pulmón de células no pequeñas avanzado", "cpcnp avanzado"], en: "advanced non-small cell lung cancer" },
  {
    es: [
      "cáncer de pulmón de células no pequeñas en estadio iv",
      "cáncer de pulmón de células no pequeñas en estadio 4",
      "cáncer de pulmón de células no pequeñas metastásico",
      "cpcnp en estadio iv",
    ],
    en: "stage iv non-small cell lung cancer",
  },
  {
    es: ["cáncer de pulmón de células no pequeñas recidivante", "cáncer de pulmón de células no pequeñas recurrente", "cpcnp recidivante"],
    en: "recurrent non-small cell lung cancer",
  },
  { es: ["cáncer de pulmón de células pequeñas", "cáncer de pulmón microcítico", "cpcp"], en: "small cell lung cancer" },
  { es: ["cáncer colorrectal", "cáncer de colon y recto", "cáncer de intestino grueso"], en: "colorectal cancer" },
  { es: ["cáncer de colon"], en: "colon cancer" },
  { es: ["cáncer de recto", "cáncer rectal"], en: "rectal cancer" },
  { es: ["cáncer de próstata", "cáncer prostático"], en: "prostate cancer" },
  { es: ["cáncer de ovario", "cáncer ovárico"], en: "ovarian cancer" },
  { es: ["cáncer de cuello uterino", "cáncer de cuello del útero", "cáncer cervicouterino", "cáncer cervical", "cáncer de cérvix"], en: "cervical cancer" },
  { es: ["cáncer de endometrio", "cáncer endometrial"], en: "endometrial cancer" },
  { es: ["cáncer de útero", "cáncer uterino", "cáncer de la matriz"], en: "uterine cancer" },
  { es: ["cáncer de tiroides"], en: "thyroid cancer" },
  { es: ["cáncer de piel"], en: "skin cancer" },
  { es: ["tumor cerebral", "tumor de cerebro", "tumor de encéfalo"], en: "brain tumor" },
  { es: ["cáncer de cerebro", "cáncer cerebral"], en: "brain cancer" },
  { es: ["cáncer de vejiga"], en: "bladder cancer" },
  { es: ["cáncer de riñón", "cáncer renal"], en: "kidney cancer" },
  { es: ["cáncer de hígado", "cáncer hepático"], en: "liver cancer" },
  { es: ["carcinoma hepatocelular", "hepatocarcinoma"], en: "hepatocellular carcinoma" },
  { es: ["cáncer de páncreas", "cáncer pancreático"], en: "pancreatic cancer" },
  { es: ["cáncer de estómago", "cáncer gástrico"], en: "gastric cancer" },
  { es: ["cáncer de esófago"], en: "esophageal cancer" },
  { es: ["cáncer de cabeza y cuello"], en: "head and neck cancer" },
  { es: ["cáncer de garganta"], en: "throat cancer" },
  { es: ["cáncer de boca", "cáncer oral", "cáncer bucal"], en: "oral cancer" },
  { es: ["cáncer de laringe"], en: "laryngeal cancer" },
  { es: ["cáncer de testículo", "cáncer testicular"], en: "testicular cancer" },
  { es: ["cáncer de hueso"], en: "bone cancer" },
  { es: ["leucemia"], en: "leukemia" },
  { es: ["leucemia mieloide aguda"], en: "acute myeloid leukemia" },
  { es: ["leucemia linfoblástica aguda"], en: "acute lymphoblastic leukemia" },
  { es: ["leucemia linfocítica crónica"], en: "chronic lymphocytic leukemia" },
  { es: ["linfoma"], en: "lymphoma" },
  { es: ["linfoma de hodgkin"], en: "hodgkin lymphoma" },
  { es: ["linfoma no hodgkin"], en: "non-hodgkin lymphoma" },
  { es: ["mieloma múltiple"], en: "multiple myeloma" },
  { es: ["cáncer metastásico", "metástasis"], en: "metastatic cancer" },
  { es: ["cáncer avanzado"], en: "advanced cancer" },
  { es: ["tumor sólido"], en: "solid tumor" },
  { es: ["dolor por cáncer", "dolor oncológico"], en: "cancer pain" },
  { es: ["prevención del cáncer"], en: "cancer prevention" },

  // Headache and facial pain: the records' largest group after lung cancer.
  { es: ["dolor de cabeza", "cefalea", "cefalalgia"], en: "headache" },
  { es: ["cefalea primaria", "dolor de cabeza primario"], en: "primary headache" },
  { es: ["migraña", "jaqueca"], en: "migraine" },
  { es: ["migraña episódica"], en: "episodic migraine" },
  { es: ["migraña crónica"], en: "chronic migraine" },
  { es: ["migraña vestibular"], en: "vestibular migraine" },
  {
    es: ["cefalea en racimos", "cefalea en brotes", "cefalea en salvas", "cefalea de horton", "cefalea histamínica", "dolor de cabeza en racimos"],
    en: "cluster headache",
  },
  { es: ["cefalea en racimos crónica", "cefalea en brotes crónica", "cefalea en racimos de tipo crónico"], en: "chronic cluster headache" },
  { es: ["cefalea en racimos episódica", "cefalea en brotes episódica", "cefalea en racimos de tipo episódico"], en: "episodic cluster headache" },
  { es: ["cefalea en racimos crónica refractaria", "cefalea en racimos refractaria"], en: "refractory chronic cluster headache" },
  {
    es: ["cefalea trigémino-autonómica", "cefalea trigeminoautonómica", "cefalalgia trigeminal autonómica", "cefalalgia autonómica del trigémino"],
    en: "trigeminal autonomic cephalgia",
  },
  { es: ["neuralgia del trigémino", "neuralgia trigeminal", "tic doloroso"], en: "trigeminal neuralgia" },
  { es: ["hemicránea continua"], en: "hemicrania continua" },
  { es: ["hemicránea paroxística"], en: "paroxysmal hemicrania" },
  {
    es: ["cefalea tensional", "cefalea de tipo tensional", "cefalea por tensión", "dolor de cabeza tensional", "dolor de cabeza por tensión"],
    en: "tension-type headache",
  },
  { es: ["dolor facial", "dolor de cara"], en: "facial pain" },

  // Back, neck and nerves.
  { es: ["dolor de espalda"], en: "back pain" },
  {
    es: ["dolor lumbar", "lumbalgia", "lumbago", "dolor de espalda baja", "dolor en la parte baja de la espalda", "dolor de cintura"],
    en: "low back pain",
  },
  { es: ["dolor de cuello", "cervicalgia"], en: "neck pain" },
  { es: ["hernia de disco", "hernia discal", "disco herniado", "disco desplazado", "disco salido"], en: "herniated disc" },
  { es: ["hernia de disco lumbar", "hernia discal lumbar", "hernia lumbar", "hernia de disco en la espalda baja"], en: "lumbar disc herniation" },
  { es: ["hernia de disco cervical", "hernia discal cervical", "hernia cervical", "hernia de disco en el cuello"], en: "cervical disc herniation" },
  { es: ["desplazamiento del disco intervertebral", "desplazamiento de disco intervertebral"], en: "intervertebral disc displacement" },
  { es: ["prolapso de disco", "prolapso discal", "prolapso del disco intervertebral"], en: "disc prolapse" },
  { es: ["protrusión discal", "protrusión de disco"], en: "disc protrusion" },
  { es: ["degeneración discal", "degeneración del disco intervertebral", "discopatía degenerativa", "desgaste de disco"], en: "intervertebral disc degeneration" },
  { es: ["ciática", "dolor del nervio ciático", "nervio ciático"], en: "sciatica" },
  { es: ["radiculopatía", "nervio pinzado", "nervio pellizcado"], en: "radiculopathy" },
  { es: ["radiculopatía lumbar"], en: "lumbar radiculopathy" },
  { es: ["radiculopatía cervical"], en: "cervical radiculopathy" },
  { es: ["estenosis espinal", "estenosis del canal espinal", "estenosis del canal raquídeo", "canal estrecho"], en: "spinal stenosis" },
  { es: ["estenosis espinal lumbar", "estenosis lumbar", "estenosis del canal lumbar", "canal lumbar estrecho"], en: "lumbar spinal stenosis" },
  { es: ["espondilosis cervical", "artrosis cervical", "artrosis de cuello"], en: "cervical spondylosis" },
  { es: ["espondiloartritis axial"], en: "axial spondyloarthritis" },
  { es: ["espondilitis anquilosante"], en: "ankylosing spondylitis" },
  { es: ["escoliosis"], en: "scoliosis" },
  { es: ["síndrome de cirugía fallida de espalda", "síndrome poslaminectomía"], en: "failed back surgery syndrome" },
  { es: ["lesión de la médula espinal", "lesión medular"], en: "spinal cord injury" },

  // Other pain, joints and muscles.
  { es: ["dolor"], en: "pain" },
  { es: ["dolor crónico"], en: "chronic pain" },
  { es: ["dolor neuropático", "dolor de nervio"], en: "neuropathic pain" },
  { es: ["dolor de hombro"], en: "shoulder pain" },
  { es: ["dolor de rodilla"], en: "knee pain" },
  { es: ["dolor en las articulaciones", "dolor articular", "artralgia"], en: "arthralgia" },
  { es: ["dolor muscular", "mialgia"], en: "myalgia" },
  { es: ["dolor de miembro fantasma", "miembro fantasma"], en: "phantom limb pain" },
  { es: ["dolor pélvico"], en: "pelvic pain" },
  { es: ["fibromialgia"], en: "fibromyalgia" },
  { es: ["artrosis", "osteoartritis", "osteoartrosis", "desgaste de las articulaciones"], en: "osteoarthritis" },
  { es: ["artritis"], en: "arthritis" },
  { es: ["artritis reumatoide", "artritis reumatoidea"], en: "rheumatoid arthritis" },
  { es: ["artritis psoriásica"], en: "psoriatic arthritis" },
  { es: ["artritis idiopática juvenil", "artritis juvenil"], en: "juvenile idiopathic arthritis" },
  { es: ["gota"], en: "gout" },
  { es: ["osteoporosis", "huesos débiles"], en: "osteoporosis" },
  { es: ["lupus", "lupus eritematoso sistémico"], en: "systemic lupus erythematosus" },
  { es: ["esclerodermia"], en: "scleroderma" },
  { es: ["polimialgia reumática"], en: "polymyalgia rheumatica" },
  { es: ["arteritis de células gigantes", "arteritis temporal"], en: "giant cell arteritis" },
  { es: ["síndrome de sjögren"], en: "sjogren syndrome" },
  { es: ["miositis"], en: "myositis" },
  { es: ["distrofia muscular"], en: "muscular dystrophy" },
  { es: ["debilidad muscular"], en: "muscle weakness" },
  { es: ["trastorno temporomandibular", "dolor de mandíbula"], en: "temporomandibular disorders" },

  // Diabetes and metabolism.
  { es: ["diabetes", "diabético", "diabética", "azúcar en la sangre", "azúcar alta", "azúcar alto", "el azúcar", "azúcar elevada"], en: "diabetes" },
  { es: ["diabetes mellitus"], en: "diabetes mellitus" },
  {
    es: ["diabetes tipo 2", "diabetes de tipo 2", "diabetes tipo ii", "diabetes mellitus tipo 2", "diabetes mellitus de tipo 2", "diabetes no insulinodependiente"],
    en: "type 2 diabetes",
  },
  {
    es: ["diabetes tipo 1", "diabetes de tipo 1", "diabetes tipo i", "diabetes mellitus tipo 1", "diabetes mellitus de tipo 1", "diabetes juvenil", "diabetes insulinodependiente"],
    en: "type 1 diabetes",
  },
  { es: ["diabetes gestacional", "diabetes del embarazo"], en: "gestational diabetes" },
  { es: ["prediabetes", "prediabético", "prediabética"], en: "prediabetes" },
  { es: ["resistencia a la insulina"], en: "insulin resistance" },
  { es: ["glucosa alta", "hiperglucemia", "hiperglicemia"], en: "hyperglycemia" },
  { es: ["azúcar baja", "bajón de azúcar", "baja de azúcar", "hipoglucemia", "hipoglicemia"], en: "hypoglycemia" },
  { es: ["retinopatía diabética"], en: "diabetic retinopathy" },
  { es: ["pie diabético", "úlcera de pie diabético"], en: "diabetic foot" },
  { es: ["neuropatía diabética"], en: "diabetic neuropathy" },
  { es: ["nefropatía diabética", "enfermedad renal diabética"], en: "diabetic nephropathy" },
  { es: ["obesidad"], en: "obesity" },
  { es: ["sobrepeso"], en: "overweight" },
  { es: ["pérdida de peso", "bajar de peso"], en: "weight loss" },
  { es: ["síndrome metabólico"], en: "metabolic syndrome" },
  { es: ["colesterol alto", "colesterol elevado", "hipercolesterolemia"], en: "hypercholesterolemia" },
  { es: ["dislipidemia", "grasa en la sangre", "lípidos altos"], en: "dyslipidemia" },
  { es: ["triglicéridos altos", "hipertrigliceridemia"], en: "hypertriglyceridemia" },
  { es: ["hipotiroidismo", "tiroides baja", "tiroides lenta"], en: "hypothyroidism" },
  { es: ["hipertiroidismo", "tiroides acelerada"], en: "hyperthyroidism" },
  { es: ["hipogonadismo", "testosterona baja"], en: "hypogonadism" },
  { es: ["desnutrición", "malnutrición"], en: "malnutrition" },

  // Heart, blood vessels and stroke.
  {
    es: [
      "hipertensión",
      "hipertensión arterial",
      "presión alta",
      "presión arterial alta",
      "presión sanguínea alta",
      "alta presión",
      "la presión",
      "tensión alta",
      "tensión arterial alta",
      "hipertenso",
      "hipertensa",
    ],
    en: "hypertension",
  },
  { es: ["presión baja", "presión arterial baja", "tensión baja", "hipotensión"], en: "hypotension" },
  { es: ["presión arterial"], en: "blood pressure" },
  { es: ["enfermedad cardiovascular"], en: "cardiovascular disease" },
  { es: ["enfermedad del corazón", "enfermedad cardíaca", "cardiopatía", "problemas del corazón", "problemas de corazón", "problemas cardíacos", "mal del corazón"], en: "heart disease" },
  {
    es: ["enfermedad de las arterias coronarias", "enfermedad arterial coronaria", "enfermedad coronaria", "cardiopatía coronaria", "arterias tapadas", "arterias obstruidas"],
    en: "coronary artery disease",
  },
  { es: ["cardiopatía isquémica"], en: "ischemic heart disease" },
  { es: ["insuficiencia cardíaca", "falla cardíaca", "fallo cardíaco", "falla del corazón", "insuficiencia del corazón"], en: "heart failure" },
  { es: ["insuficiencia cardíaca congestiva"], en: "congestive heart failure" },
  {
    es: ["ataque al corazón", "ataque cardíaco", "infarto", "infarto de miocardio", "infarto agudo de miocardio", "infarto al corazón", "infarto del corazón"],
    en: "myocardial infarction",
  },
  { es: ["angina de pecho"], en: "angina pectoris" },
  { es: ["angina inestable"], en: "unstable angina" },
  { es: ["angina estable"], en: "stable angina" },
  { es: ["arritmia", "arritmia cardíaca", "latidos irregulares"], en: "arrhythmia" },
  { es: ["fibrilación auricular", "fibrilación atrial"], en: "atrial fibrillation" },
  { es: ["enfermedad de las válvulas del corazón", "valvulopatía", "enfermedad valvular cardíaca"], en: "heart valve disease" },
  { es: ["cardiopatía congénita", "enfermedad cardíaca congénita"], en: "congenital heart disease" },
  { es: ["enfermedad arterial periférica", "mala circulación en las piernas"], en: "peripheral arterial disease" },
  { es: ["enfermedad vascular"], en: "vascular disease" },
  { es: ["trombosis venosa profunda", "coágulo en la pierna"], en: "deep vein thrombosis" },
  { es: ["embolia pulmonar", "tromboembolia pulmonar", "coágulo en el pulmón"], en: "pulmonary embolism" },
  { es: ["várices", "venas varicosas"], en: "varicose veins" },
  {
    es: [
      "accidente cerebrovascular",
      "accidente cerebro vascular",
      "acv",
      "ataque cerebral",
      "derrame cerebral",
      "embolia",
      "embolia cerebral",
      "infarto cerebral",
      "trombosis cerebral",
      "ictus",
      "evento vascular cerebral",
      "evc",
    ],
    en: "stroke",
  },
  { es: ["ataque isquémico transitorio", "mini derrame"], en: "transient ischemic attack" },
  { es: ["aneurisma cerebral"], en: "cerebral aneurysm" },

  // Lungs and infections.
  { es: ["asma"], en: "asthma" },
  { es: ["epoc", "enfermedad pulmonar obstructiva crónica"], en: "chronic obstructive pulmonary disease" },
  { es: ["enfisema"], en: "emphysema" },
  { es: ["bronquitis crónica"], en: "chronic bronchitis" },
  { es: ["enfermedad pulmonar", "enfermedad de los pulmones"], en: "lung disease" },
  { es: ["enfermedad pulmonar intersticial", "neumopatía intersticial", "enfermedad intersticial pulmonar"], en: "interstitial lung disease" },
  { es: ["fibrosis pulmonar"], en: "pulmonary fibrosis" },
  { es: ["fibrosis quística"], en: "cystic fibrosis" },
  { es: ["hipertensión pulmonar"], en: "pulmonary hypertension" },
  { es: ["hipertensión arterial pulmonar"], en: "pulmonary arterial hypertension" },
  { es: ["apnea del sueño", "apnea obstructiva del sueño"], en: "sleep apnea" },
  { es: ["neumonía", "pulmonía"], en: "pneumonia" },
  { es: ["covid", "covid-19", "enfermedad por coronavirus"], en: "covid-19" },
  { es: ["covid persistente", "covid prolongado", "covid largo", "síndrome pos covid", "síndrome poscovid"], en: "long covid" },
  { es: ["gripe", "gripa"], en: "influenza" },
  { es: ["resfriado", "resfriado común", "catarro"], en: "common cold" },
  { es: ["tuberculosis latente"], en: "latent tuberculosis" },
  { es: ["vih", "virus de la inmunodeficiencia humana", "virus de inmunodeficiencia humana", "infección por vih"], en: "hiv" },
  { es: ["sida", "síndrome de inmunodeficiencia adquirida", "vih sida"], en: "acquired immunodeficiency syndrome" },
  { es: ["vph", "virus del papiloma humano", "virus del papiloma"], en: "human papillomavirus" },
  { es: ["herpes zóster", "culebrilla", "culebrina"], en: "herpes zoster" },
  { es: ["neuralgia posherpética", "neuralgia postherpética"], en: "postherpetic neuralgia" },
  { es: ["varicela"], en: "varicella" },
  { es: ["sarampión"], en: "measles" },
  { es: ["tos ferina", "tosferina"], en: "pertussis" },
  { es: ["paludismo"], en: "malaria" },
  { es: ["enfermedad de chagas", "mal de chagas", "chagas"], en: "chagas disease" },
  { es: ["enfermedad de lyme"], en: "lyme disease" },
  { es: ["infección por helmintos", "helmintiasis"], en: "helminth infection" },
  { es: ["infección urinaria", "infección de orina", "infección de vías urinarias", "infección del tracto urinario"], en: "urinary tract infection" },
  { es: ["infección de la herida quirúrgica", "infección del sitio quirúrgico"], en: "surgical site infection" },
  { es: ["osteomielitis"], en: "osteomyelitis" },

  // Kidneys, liver and digestion.
  { es: ["enfermedad renal", "enfermedad de los riñones", "problemas de los riñones", "problemas renales", "riñones"], en: "kidney disease" },
  { es: ["enfermedad renal crónica", "insuficiencia renal crónica", "erc"], en: "chronic kidney disease" },
  { es: ["insuficiencia renal", "falla renal", "fallo renal"], en: "kidney failure" },
  { es: ["enfermedad renal terminal", "enfermedad renal en etapa terminal"], en: "end-stage renal disease" },
  { es: ["piedras en los riñones", "piedras en el riñón", "cálculos renales"], en: "kidney stones" },
  { es: ["diálisis"], en: "dialysis" },
  { es: ["hemodiálisis"], en: "hemodialysis" },
  { es: ["trasplante de riñón", "trasplante renal"], en: "kidney transplant" },
  { es: ["enfermedad del hígado", "enfermedad hepática", "hepatopatía", "problemas del hígado"], en: "liver disease" },
  { es: ["enfermedad hepática crónica", "enfermedad crónica del hígado"], en: "chronic liver disease" },
  { es: ["hígado graso", "hígado graso no alcohólico", "esteatosis hepática"], en: "nonalcoholic fatty liver disease" },
  { es: ["esteatohepatitis no alcohólica", "ehna"], en: "nonalcoholic steatohepatitis" },
  { es: ["cirrosis", "cirrosis hepática"], en: "liver cirrhosis" },
  { es: ["trasplante de hígado", "trasplante hepático"], en: "liver transplant" },
  { es: ["enfermedad de crohn", "crohn"], en: "crohn disease" },
  { es: ["colitis ulcerosa", "colitis ulcerativa"], en: "ulcerative colitis" },
  { es: ["enfermedad inflamatoria intestinal", "eii"], en: "inflammatory bowel disease" },
  { es: ["síndrome del intestino irritable", "síndrome de intestino irritable", "colon irritable", "intestino irritable", "colitis nerviosa"], en: "irritable bowel syndrome" },
  { es: ["estreñimiento"], en: "constipation" },
  { es: ["estreñimiento crónico"], en: "chronic constipation" },
  { es: ["reflujo", "reflujo gastroesofágico", "erge", "acidez estomacal", "agruras"], en: "gastroesophageal reflux disease" },
  { es: ["enfermedad celíaca", "celiaquía"], en: "celiac disease" },
  { es: ["enfermedad gastrointestinal", "enfermedad digestiva", "problemas digestivos"], en: "gastrointestinal disease" },
  { es: ["insuficiencia pancreática"], en: "pancreatic insufficiency" },
  { es: ["disfagia", "dificultad para tragar", "problemas para tragar", "dificultad para deglutir"], en: "dysphagia" },

  // Brain and nerves.
  { es: ["enfermedad de alzheimer", "mal de alzheimer", "alzheimer"], en: "alzheimer disease" },
  { es: ["demencia", "demencia senil"], en: "dementia" },
  { es: ["deterioro cognitivo", "pérdida de memoria"], en: "cognitive decline" },
  { es: ["deterioro cognitivo leve"], en: "mild cognitive impairment" },
  { es: ["trastorno neurocognitivo mayor"], en: "major neurocognitive disorder" },
  { es: ["enfermedad de parkinson", "mal de parkinson", "parkinson"], en: "parkinson disease" },
  { es: ["esclerosis múltiple"], en: "multiple sclerosis" },
  { es: ["esclerosis lateral amiotrófica", "ela"], en: "amyotrophic lateral sclerosis" },
  { es: ["epilepsia"], en: "epilepsy" },
  { es: ["convulsiones", "crisis convulsivas"], en: "seizures" },
  { es: ["parálisis cerebral"], en: "cerebral palsy" },
  { es: ["parálisis de bell", "parálisis facial"], en: "bell palsy" },
  { es: ["síndrome de guillain-barré"], en: "guillain-barre syndrome" },
  { es: ["neuropatía periférica", "neuropatía"], en: "peripheral neuropathy" },
  { es: ["traumatismo craneoencefálico", "lesión cerebral traumática"], en: "traumatic brain injury" },
  { es: ["lesión cerebral", "daño cerebral"], en: "brain injury" },
  { es: ["conmoción cerebral"], en: "concussion" },
  { es: ["hidrocefalia"], en: "hydrocephalus" },
  { es: ["síndrome de fatiga crónica", "encefalomielitis miálgica"], en: "chronic fatigue syndrome" },
  { es: ["fatiga", "cansancio"], en: "fatigue" },

  // Mental health and substance use.
  { es: ["depresión"], en: "depression" },
  { es: ["trastorno depresivo"], en: "depressive disorder" },
  { es: ["trastorno depresivo mayor", "depresión mayor", "depresión clínica"], en: "major depressive disorder" },
  { es: ["episodio depresivo"], en: "depressive episode" },
  { es: ["síntomas depresivos", "síntomas de depresión"], en: "depressive symptoms" },
  { es: ["depresión posparto", "depresión postparto", "depresión después del parto", "depresión puerperal"], en: "postpartum depression" },
  { es: ["ansiedad"], en: "anxiety" },
  { es: ["trastorno de ansiedad"], en: "anxiety disorder" },
  { es: ["trastorno de ansiedad generalizada", "ansiedad generalizada"], en: "generalized anxiety disorder" },
  { es: ["trastorno de pánico", "ataques de pánico", "crisis de pánico", "crisis de angustia"], en: "panic disorder" },
  { es: ["estrés"], en: "psychological stress" },
  { es: ["trastorno por estrés"], en: "stress disorder" },
  {
    es: ["trastorno de estrés postraumático", "trastorno por estrés postraumático", "estrés postraumático", "estrés post traumático", "tept"],
    en: "posttraumatic stress disorder",
  },
  { es: ["trastornos de combate", "estrés de combate", "fatiga de combate", "neurosis de guerra"], en: "combat disorders" },
  { es: ["pesadillas", "malos sueños"], en: "nightmare" },
  { es: ["trastorno por pesadillas", "trastorno de pesadillas"], en: "nightmare disorder" },
  { es: ["agotamiento laboral", "síndrome de desgaste profesional", "desgaste profesional", "síndrome de burnout"], en: "burnout" },
  { es: ["esquizofrenia"], en: "schizophrenia" },
  { es: ["síntomas negativos de la esquizofrenia", "síntomas negativos de esquizofrenia"], en: "negative symptoms in schizophrenia" },
  { es: ["trastorno esquizoafectivo"], en: "schizoaffective disorder" },
  { es: ["psicosis"], en: "psychosis" },
  { es: ["trastorno bipolar", "bipolaridad"], en: "bipolar disorder" },
  { es: ["trastorno obsesivo compulsivo", "toc"], en: "obsessive-compulsive disorder" },
  {
    es: [
      "tdah",
      "trastorno por déficit de atención e hiperactividad",
      "trastorno por déficit de atención con hiperactividad",
      "trastorno de déficit de atención",
      "déficit de atención",
      "déficit de atención e hiperactividad",
      "hiperactividad",
    ],
    en: "attention deficit hyperactivity disorder",
  },
  { es: ["autismo"], en: "autism" },
  { es: ["trastorno del espectro autista", "trastorno del espectro del autismo", "espectro autista"], en: "autism spectrum disorder" },
  { es: ["problemas emocionales en adolescentes", "problemas emocionales de los adolescentes", "problemas emocionales en la adolescencia"], en: "adolescent emotional problems" },
  { es: ["conducta adolescente", "comportamiento adolescente", "conducta de los adolescentes", "comportamiento de los adolescentes"], en: "adolescent behavior" },
  { es: ["anorexia nerviosa", "anorexia"], en: "anorexia nervosa" },
  { es: ["bulimia nerviosa"], en: "bulimia nervosa" },
  { es: ["atracones", "comer compulsivamente"], en: "binge eating" },
  { es: ["trastorno por atracón"], en: "binge eating disorder" },
  { es: ["ideación suicida", "pensamientos suicidas", "pensamientos de suicidio", "ideas suicidas"], en: "suicidal ideation" },
  { es: ["intento de suicidio"], en: "suicide attempt" },
  { es: ["conducta suicida"], en: "suicidal behavior" },
  { es: ["trastorno mental", "enfermedad mental"], en: "mental disorder" },
  { es: ["salud mental"], en: "mental health" },
  { es: ["síndrome confusional agudo", "síndrome confusional", "delírium"], en: "delirium" },
  { es: ["agresión sexual"], en: "sexual assault" },
  { es: ["insomnio", "dificultad para dormir"], en: "insomnia" },
  { es: ["insomnio crónico"], en: "chronic insomnia" },
  { es: ["trastorno del sueño", "problemas de sueño", "problemas para dormir", "problemas del sueño"], en: "sleep disorder" },
  { es: ["dejar de fumar", "dejar el cigarro", "dejar el cigarrillo", "dejar el tabaco", "cesación tabáquica", "abandono del tabaco", "deshabituación tabáquica"], en: "smoking cessation" },
  { es: ["tabaquismo", "fumar", "fumador", "fumadora"], en: "smoking" },
  { es: ["dependencia de la nicotina", "dependencia a la nicotina", "adicción a la nicotina"], en: "nicotine dependence" },
  { es: ["dependencia del tabaco", "adicción al tabaco", "adicción al cigarro", "adicción al cigarrillo"], en: "tobacco dependence" },
  { es: ["vapeo", "cigarrillo electrónico", "cigarro electrónico"], en: "vaping" },
  { es: ["trastorno por consumo de alcohol", "alcoholismo", "adicción al alcohol"], en: "alcohol use disorder" },
  { es: ["dependencia del alcohol", "dependencia al alcohol"], en: "alcohol dependence" },
  { es: ["trastornos relacionados con el alcohol"], en: "alcohol-related disorders" },
  { es: ["abuso de alcohol"], en: "alcohol abuse" },
  { es: ["trastorno por consumo de opioides", "adicción a los opioides", "adicción a opioides", "adicción a los opiáceos", "dependencia de opioides"], en: "opioid use disorder" },
  { es: ["trastorno por consumo de cannabis", "adicción a la marihuana", "adicción al cannabis", "dependencia de la marihuana", "dependencia del cannabis"], en: "cannabis use disorder" },
  { es: ["trastorno por consumo de sustancias", "abuso de sustancias", "adicción a sustancias", "adicciones"], en: "substance use disorder" },
  { es: ["drogadicción", "adicción a las drogas", "adicción a drogas"], en: "drug addiction" },
  { es: ["dependencia de drogas", "dependencia a las drogas", "farmacodependencia", "drogodependencia"], en: "drug dependence" },
  { es: ["trastorno por consumo de drogas"], en: "drug use disorder" },
  { es: ["consumo de drogas ilícitas", "consumo de drogas ilegales", "uso de drogas ilícitas"], en: "illicit drug use" },
  { es: ["abuso de metanfetamina", "adicción a la metanfetamina"], en: "methamphetamine abuse" },
  { es: ["adicción a internet"], en: "internet addiction disorder" },

  // Eyes, ears, skin, mouth.
  { es: ["ambliopía", "ojo perezoso", "ojo vago", "ojo flojo"], en: "amblyopia" },
  { es: ["estrabismo", "ojos bizcos"], en: "strabismus" },
  { es: ["cataratas"], en: "cataract" },
  { es: ["degeneración macular", "degeneración macular relacionada con la edad"], en: "macular degeneration" },
  { es: ["hipertensión ocular", "presión alta en el ojo", "presión ocular alta"], en: "ocular hypertension" },
  { es: ["presión intraocular"], en: "intraocular pressure" },
  { es: ["ojo seco"], en: "dry eye" },
  { es: ["conjuntivitis"], en: "conjunctivitis" },
  { es: ["acúfenos", "zumbido en los oídos", "zumbido de oídos", "pitido en los oídos", "silbido en los oídos"], en: "tinnitus" },
  { es: ["sordera"], en: "deafness" },
  { es: ["pérdida auditiva", "pérdida de audición", "hipoacusia"], en: "hearing loss" },
  { es: ["vértigo"], en: "vertigo" },
  { es: ["eccema"], en: "eczema" },
  { es: ["dermatitis atópica"], en: "atopic dermatitis" },
  { es: ["soriasis"], en: "psoriasis" },
  { es: ["caída del cabello", "caída del pelo", "pérdida de cabello", "calvicie"], en: "alopecia" },
  { es: ["cicatrices"], en: "scarring" },
  { es: ["úlceras por presión", "escaras", "llagas por presión"], en: "pressure ulcer" },
  { es: ["caries", "caries en los dientes", "dientes picados"], en: "dental caries" },
  { es: ["enfermedad periodontal", "piorrea"], en: "periodontitis" },
  { es: ["alergia"], en: "allergy" },
  { es: ["rinitis alérgica", "fiebre del heno"], en: "allergic rhinitis" },

  // Women's, men's and urinary health.
  { es: ["vejiga hiperactiva"], en: "overactive bladder" },
  { es: ["incontinencia urinaria"], en: "urinary incontinence" },
  { es: ["incontinencia urinaria de esfuerzo", "incontinencia de esfuerzo"], en: "stress urinary incontinence" },
  { es: ["incontinencia de urgencia", "incontinencia urinaria de urgencia"], en: "urge incontinence" },
  { es: ["nicturia", "orinar de noche"], en: "nocturia" },
  {
    es: ["próstata agrandada", "próstata crecida", "crecimiento de la próstata", "agrandamiento de la próstata", "hiperplasia prostática benigna"],
    en: "benign prostatic hyperplasia",
  },
  { es: ["disfunción eréctil", "impotencia"], en: "erectile dysfunction" },
  { es: ["infertilidad", "esterilidad"], en: "infertility" },
  { es: ["menopausia"], en: "menopause" },
  { es: ["sofocos", "bochornos"], en: "hot flashes" },
  { es: ["embarazo"], en: "pregnancy" },
  { es: ["parto prematuro", "nacimiento prematuro"], en: "preterm birth" },
  { es: ["miomas", "miomas uterinos", "fibromas uterinos"], en: "uterine fibroids" },
  { es: ["quiste de ovario", "quistes en los ovarios", "quistes ováricos"], en: "ovarian cysts" },
  { es: ["síndrome de ovario poliquístico", "ovario poliquístico"], en: "polycystic ovary syndrome" },
  { es: ["trastornos del suelo pélvico", "trastornos del piso pélvico", "problemas del piso pélvico"], en: "pelvic floor disorders" },
  { es: ["vulvodinia"], en: "vulvodynia" },

  // Blood and other.
  { es: ["anemia falciforme", "drepanocitosis"], en: "sickle cell disease" },
  { es: ["hemofilia"], en: "hemophilia" },
  { es: ["enfermedad de la sangre", "enfermedad hematológica"], en: "hematologic disease" },
  { es: ["síndrome de down"], en: "down syndrome" },
  { es: ["envejecimiento", "vejez"], en: "aging" },
  { es: ["cirugía", "operación", "intervención quirúrgica"], en: "surgery" },
  { es: ["anestesia"], en: "anesthesia" },
  { es: ["amputación"], en: "amputation" },
  { es: ["reemplazo de cadera", "prótesis de cadera"], en: "hip replacement" },
  { es: ["reemplazo de rodilla", "prótesis de rodilla"], en: "knee replacement" },
];

/**
 * Conditions frequent in the records that get no Spanish entry, each with the reason. The test of the
 * top conditions accepts these as covered.
 */
export const UNTRANSLATED_CONDITIONS: readonly { readonly condition: string; readonly reason: string }[] = [
  { condition: "healthy", reason: "Not an illness: healthy volunteers find studies through the healthy-volunteers filter, not a condition search." },
  { condition: "healthy volunteers", reason: "Not an illness: the healthy-volunteers filter covers it." },
  { condition: "healthy participants", reason: "Not an illness: the healthy-volunteers filter covers it." },
  { condition: "sunct", reason: "An acronym Spanish neurology uses unchanged (the spelled-out Spanish name is not something people type)." },
];

// Words that may surround a phrase without changing what is searched for: articles, "de", possessives,
// "tengo", "para", and words about trials themselves ("estudios de…"). "en", "con" and "sin" are not
// here: "cáncer de mama en hombres" asks for more than breast cancer.
const FILLER: ReadonlySet<string> = new Set(
  (
    "el la lo los las un una unos unas de del a al mi mis su sus tu tus tengo tiene tienen tenemos padezco padece " +
    "sufro sufre soy es estoy está para por sobre estudio ensayo clínico clínica investigación busco buscar quiero"
  )
    .split(" ")
    .flatMap(foldSpanish),
);

type Phrase = { readonly words: readonly string[]; readonly es: string; readonly en: string };

let phrases: readonly Phrase[] | undefined;
const allPhrases = (): readonly Phrase[] =>
  (phrases ??= SPANISH_TERMS.flatMap(({ es, en }) => es.map((phrase) => ({ words: foldSpanish(phrase), es: phrase, en }))));

/** `phrase` occurs in `words` as whole words, and every other word is a filler. */
function coversText(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, i) => words[start + i] === word)) {
      return words.every((word, i) => (i >= start && i < start + phrase.length) || FILLER.has(word));
    }
  }
  return false;
}

/**
 * The Spanish phrase `text` asks for, with its English search term: the longest phrase that occurs as
 * whole words and leaves nothing over but filler words ("tengo cáncer de mama" → breast cancer), ignoring
 * case, accents, punctuation and simple plurals. Undefined when more is left over ("cáncer de mama en
 * hombres": a suggestion would lose meaning) and when the text is the English term already, or part of
 * it in the same order ("diabetes", "Alzheimer", "covid": nothing to translate).
 */
export function findSpanishTerm(text: string): { es: string; en: string } | undefined {
  const words = foldSpanish(text);
  if (words.length === 0) return undefined;
  let best: Phrase | undefined;
  for (const phrase of allPhrases()) {
    if (best !== undefined && phrase.words.length <= best.words.length) continue;
    if (phrase.words.length > 0 && coversText(words, phrase.words)) best = phrase;
  }
  if (best === undefined) return undefined;
  // Already the English term, or a part of it in its order ("alzheimer" of "alzheimer disease").
  let matched = 0;
  for (const word of foldSpanish(best.en)) if (word === words[matched]) matched++;
  return matched === words.length ? undefined : { es: best.es, en: best.en };
}

/**
 * Words for matching Spanish phrases: lower case, accents and other marks removed (NFD, then \p{M}),
 * apostrophes dropped, other punctuation as spaces, and simple plurals folded. Used on the text and the
 * phrases alike, so the folding only has to be consistent, not correct Spanish.
 */
export function foldSpanish(text: string): string[] {
  // The same steps as lay-words.ts's normalizeWords after the accents go; not shared with it, since that
  // would split lay-words.ts (on every search page) into a chunk of its own.
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['\u2019\u2018`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map(singular);
}

/**
 * Crude plural folding for Spanish (and English): a final "s" goes (not after "s", "u" or "i": crisis,
 * virus), then a final "e", so "cánceres", "riñones", "ataques" and "fiebres" meet their singulars.
 */
function singular(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
