-- Translations of the built-in sample briefing (resources/sample/sample.sql) into Ukrainian ('uk')
-- and German ('de').
-- Run after db/schema.sql and resources/sample/sample.sql:
--   sqlite3 sample.briefing < resources/sample/translations.sql
-- Every non-empty text field of the sample (briefing, actor, guarantee, scenario, event, source,
-- series, point, faq) has one row per language. Translated by hand from the English source text;
-- no machine translation was used. Names of organisations, agreements and reports are given in
-- their established form in each language; numbers are kept as in the source.
-- source_hash is the lower-case hex SHA-1 of the UTF-8 bytes of the exact English source text of
-- the field the row translates; when that text changes, the translation is shown as stale.
-- A data point's item_id is "<series id>@<label>", with the English label.

-- ---------------------------------------------------------------------------------------------
-- Ukrainian ('uk')
-- ---------------------------------------------------------------------------------------------
INSERT INTO translation (item_id, field, lang, text, source_hash) VALUES
-- The briefing
('us-guarantees-ukraine', 'title', 'uk', 'США пропонують Києву гарантії безпеки й заявляють, що Росія не заперечує проти вступу України до ЄС', '45df15aef37ce138a97566961f890b337f8c359f'),
('us-guarantees-ukraine', 'subtitle', 'uk', 'Що нові американсько-європейські гарантії безпеки можуть означати для майбутнього', '09cb26e34b36f277ef05fb4bf5e98cbd1f07bf4b'),
('us-guarantees-ukraine', 'summary', 'uk', 'Сполучені Штати висловили готовність підтримати Україну гарантіями безпеки «на кшталт статті 5», які поширили б принципи колективної оборони за межі нинішнього членського складу НАТО; у заголовку також сказано, що Росія не заперечує проти вступу України до ЄС. Стаття (автор: головний редактор; дату публікації не вказано) описує поширення гібридних безпекових пактів, тіснішу європейську оборонну співпрацю та відповідь НАТО на кібертактику й іншу тактику «трохи нижче порогу», а також окреслює три можливі шляхи для України: повноправне членство в НАТО, блок гарантій безпеки або інтеграцію до ЄС. Кожен шлях залежить від того, наскільки швидко Вашингтон зможе перетворити дипломатичні формулювання на юридично обов’язкові зобов’язання, які витримають розгляд у Сенаті.', '0791fe0232a3e84775e0b7240cf403f6eeae92e8'),
-- Actors
('united-states', 'name', 'uk', 'Сполучені Штати', '768685ca582abd0af2fbb57ca37752aa98c9372b'),
('united-states', 'description', 'uk', 'Висловили готовність підтримати Україну гарантіями «на кшталт статті 5» (також згадуються як Вашингтон). Кожен сценарій у статті залежить від того, наскільки швидко Вашингтон зможе перетворити дипломатичні формулювання на юридично обов’язкові зобов’язання, які витримають розгляд у Сенаті. Зсув Європи в бік «стратегічної автономії» описано як здатність забезпечити надійне стримування, не покладаючись виключно на Вашингтон.', '89f3afde03d145f72f198169ced12f0043c1dea7'),
('ukraine', 'name', 'uk', 'Україна', 'c951ec00f123510a00d1e3d9539b11b4631d4096'),
('ukraine', 'description', 'uk', 'Потенційний бенефіціар гарантій «на кшталт статті 5»; її столиця — Київ. У 2022 році скоординована атака програми-вимагача на українські енергомережі спричинила 15-хвилинне знеструмлення, від якого постраждали 2 млн споживачів. Згідно із заголовком, Росія не заперечує проти вступу України до ЄС.', '2b6ef55297fe3658c74c50d63dfca6669460d75a'),
('russia', 'name', 'uk', 'Росія', '6754fe3cd8310d20ed04b8c7b66abebcdb16d88d'),
('russia', 'description', 'uk', 'Її тактика «трохи нижче порогу» — кібервторгнення, вторгнення дронів і дезінформаційні кампанії — спонукає НАТО докорінно переглянути свій план дій у сфері цифрової оборони. Її вимога щодо територіальних поступок залишається каменем спотикання: будь-яка остаточна угода мала б урегулювати статус окупованих зон (у поширених запитаннях згадано Донбас). Згідно із заголовком, Росія не заперечує проти вступу України до ЄС. Також згадується як Москва.', '6025f555914f40948242384d6ef12384262339f5'),
('nato', 'name', 'uk', 'НАТО', '64eab117b3f946aaf3c6877baef91a7ea81dfb03'),
('nato', 'description', 'uk', 'Гарантії «на кшталт статті 5» поширили б принципи колективної оборони НАТО за межі нинішнього членського складу альянсу й могли б створити гібридний щит, що поєднує формальний альянс НАТО з багатонаціональними силами швидкого реагування, розміщеними в Україні. Тактика Росії «трохи нижче порогу» спонукає НАТО докорінно переглянути свій план дій у сфері цифрової оборони. Видавець «Звіту НАТО з оборонного планування 2023».', '5d4a47a59454e4dc5e128ae122ddf748f9af5fa4'),
('nato-ccdcoe', 'name', 'uk', 'Центр передового досвіду НАТО з кібероборони', '1dbde54cc2776ae340df877a3151b399809fb400'),
('nato-ccdcoe', 'description', 'uk', 'У статті описаний як майбутній центр. Він випробовуватиме інструменти пошуку загроз на основі штучного інтелекту, якими можуть поділитися з Києвом у межах нових гарантій безпеки.', 'e9fa82d2ba7a9795545a977477458cee56958efb'),
('european-union', 'name', 'uk', 'Європейський Союз', '1e9cb061f252587dcf3faed28ca12220fe8cc48e'),
('european-union', 'description', 'uk', 'Його «Європейський фонд миру» вже фінансує на Балканах місії, подібні до гібридних безпекових пактів, що поєднують політичні гарантії, спільні навчальні місії та обмежене розгортання військ, — і це слугує зразком для майбутніх українських сил. Оборонний фонд ЄС обсягом 8 млрд євро профінансував прототип модульної платформи протиповітряної оборони, яку можна розгорнути в Україні за кілька тижнів. Після атаки програми-вимагача на українські енергомережі у 2022 році в усьому ЄС розпочалися зусилля зі створення «коридорів кіберстійкості», що з’єднують військові та цивільні мережі.', '75aba6245e59a67916b51ed79c43277b1c2d6bd6'),
('germany', 'name', 'uk', 'Німеччина', '17d53e0e6a68acdf80b78d4f9d868c8736db2cec'),
('germany', 'description', 'uk', 'Разом із Францією та Сполученим Королівством почала координувати закупівлі високомобільної артилерії та систем протиповітряної оборони в рамках «Європейського оборонного фонду». У статті ці інвестиції розцінено як ознаку довгострокового зсуву в бік «стратегічної автономії».', '98eb3cddbbfc9da7277cc4da652ce0cf31a91729'),
('france', 'name', 'uk', 'Франція', 'e3772ac4b4db87b4a8dbfa59ef43cd1a8ad29515'),
('france', 'description', 'uk', 'Разом із Німеччиною та Сполученим Королівством почала координувати закупівлі високомобільної артилерії та систем протиповітряної оборони в рамках «Європейського оборонного фонду». У статті ці інвестиції розцінено як ознаку довгострокового зсуву в бік «стратегічної автономії».', '7732edf9e883cb9c0c7bf0aa1ef0e2877eb04e5d'),
('united-kingdom', 'name', 'uk', 'Сполучене Королівство', '9769121f10f77079b27eb08e9ffa488cbcc37ed0'),
('united-kingdom', 'description', 'uk', 'Разом із Німеччиною та Францією почало координувати закупівлі високомобільної артилерії та систем протиповітряної оборони в рамках «Європейського оборонного фонду». У статті ці інвестиції розцінено як ознаку довгострокового зсуву в бік «стратегічної автономії».', 'ee7d653da7116d3684b9b0656056de10674f7223'),
('us-senate', 'name', 'uk', 'Сенат США', 'daa5e81200af1c7acc83afae37792666b4dd4c82'),
('us-senate', 'description', 'uk', 'Якщо гарантії розглядатимуть як договір, для них знадобиться схвалення двома третинами голосів у Сенаті; простіша угода про безпеку могла б бути ухвалена простою більшістю. У статті сказано, що кожен сценарій залежить від зобов’язань, які витримають розгляд у Сенаті.', '305e45d2690ed9cae42649657e3708015f0fd3d4'),
-- Guarantees
('guarantee-article5-like', 'title', 'uk', 'Гарантії безпеки США «на кшталт статті 5» для України', '5761c4607d3ad2f3d6ad696dc089f7aa16b8da55'),
('guarantee-article5-like', 'kind', 'uk', 'Колективна оборона («на кшталт статті 5»)', '94bd224a68da6441fa065ec9c77c0391b510df0c'),
('guarantee-article5-like', 'legal_form', 'uk', 'Договір або простіша угода про безпеку', '2bc4a59822716ee4a507ea141420ac934478acb1'),
('guarantee-article5-like', 'ratification', 'uk', 'Дві третини голосів у Сенаті, якщо гарантії розглядатимуть як договір; проста більшість — для простішої угоди про безпеку', '4913b53c963970e33057ecdaf67bb31115a1f06f'),
('guarantee-article5-like', 'status', 'uk', 'Запропоновано (висловлено готовність); ще не закріплено юридично', '09d21aec2f73180b9373642a5b2309b5f01e5e39'),
('guarantee-article5-like', 'description', 'uk', 'Сполучені Штати висловили готовність підтримати Україну гарантіями «на кшталт статті 5» — зобов’язанням, яке поширило б принципи колективної оборони за межі нинішнього членського складу НАТО. Така гарантія наслідує положення НАТО про колективну оборону й обіцяє, що напад на Україну спричинить скоординовану відповідь держав-підписантів, хоча може й не сягати повноправного членства в НАТО.

У разі юридичного закріплення це могло б перебудувати архітектуру безпеки Східної Європи, створивши гібридний щит, що поєднує формальний альянс НАТО з багатонаціональними силами швидкого реагування, розміщеними в Україні. План передбачає обмежену присутність, прив’язану до конкретних місій, — переважно підрозділи протиповітряної оборони та навчальні підрозділи, — а не велику постійну армію. Інструментами пошуку загроз на основі штучного інтелекту, які випробовуватиме Центр передового досвіду НАТО з кібероборони, можуть поділитися з Києвом у межах нових гарантій безпеки. У статті сказано, що ці гарантії, які ще формуються, можуть на десятиліття вперед по-новому визначити баланс безпеки в Європі.

У підзаголовку йдеться про «американсько-європейські» гарантії безпеки, а в поширених запитаннях — про «держави-підписанти», проте жодного гаранта, крім Сполучених Штатів, у статті не названо. Дату пропозиції в статті не вказано.', '6d6f93006a72a359a24191e06392f1ec25dd1106'),
-- Scenarios
('scenario-nato-membership', 'title', 'uk', 'Повноправне членство в НАТО', '102290787dca3281c941be133b08e3b61d0330f0'),
('scenario-nato-membership', 'summary', 'uk', 'Україна домагається офіційного запрошення, що спонукає Росію активізувати гібридні атаки. США та ЄС поглиблюють свої гарантії, створюючи сили «НАТО-плюс», розміщені на українській землі.', '5590ede7da579679edbe718489f3e3275ca22ec2'),
('scenario-nato-membership', 'preconditions', 'uk', 'Україна домагається офіційного запрошення до вступу в НАТО. Як і кожен сценарій, він залежить від того, наскільки швидко Вашингтон зможе перетворити дипломатичні формулювання на юридично обов’язкові зобов’язання, які витримають розгляд у Сенаті.', 'ac00d74bb654c40df52f194596c53f05683761fe'),
('scenario-nato-membership', 'consequences', 'uk', 'Росія активізує гібридні атаки. США та ЄС поглиблюють свої гарантії, створюючи сили «НАТО-плюс», розміщені на українській землі.', '0aee8277ab26172f2fe4ff125d52abf880eaed1e'),
('scenario-guarantee-bloc', 'title', 'uk', 'Блок гарантій безпеки', '8f9b572603538ff09208c8f9dfd8688fd0bce976'),
('scenario-guarantee-bloc', 'summary', 'uk', 'Багатосторонній договір надає Україні правовий захист, обмежену військову присутність і протиповітряну оборону швидкого реагування. Ця модель відтворює Дейтонські угоди 1995 року, але з сильнішими механізмами забезпечення виконання.', '4b5b602cb6146fc438cc8bb8dde6d10755eb9135'),
('scenario-guarantee-bloc', 'preconditions', 'uk', 'Укладено багатосторонній договір (його сторін у статті не названо). Як і кожен сценарій, він залежить від того, наскільки швидко Вашингтон зможе перетворити дипломатичні формулювання на юридично обов’язкові зобов’язання, які витримають розгляд у Сенаті.', '4b6ed9c80f0019f90f2ff26f7d1ab6017a889f48'),
('scenario-guarantee-bloc', 'consequences', 'uk', 'Україна отримує правовий захист, обмежену військову присутність і протиповітряну оборону швидкого реагування за моделлю, яка відтворює Дейтонські угоди 1995 року, але з сильнішими механізмами забезпечення виконання.', 'db54714034d75966c90c3493ad7c48a35c4bf9bd'),
('scenario-eu-integration', 'title', 'uk', 'Інтеграція до Євросоюзу', '18b493e43ba862fc90e692dfecedfa5910fdf640'),
('scenario-eu-integration', 'summary', 'uk', 'Київ отримує прискорений шлях вступу до ЄС, що пов’язує економічну відбудову з гарантіями безпеки. Це могло б послабити НАТО-центричний підхід, але посилити політичні важелі впливу на Москву.', '83429f0e82936570063e5ff26d5efee4a392e678'),
('scenario-eu-integration', 'preconditions', 'uk', 'Київ отримує прискорений шлях вступу до ЄС. Як і кожен сценарій, він залежить від того, наскільки швидко Вашингтон зможе перетворити дипломатичні формулювання на юридично обов’язкові зобов’язання, які витримають розгляд у Сенаті.', 'bf47bac283234d1731696c8044201c9bedeb3254'),
('scenario-eu-integration', 'consequences', 'uk', 'Економічну відбудову пов’язано з гарантіями безпеки. Це могло б послабити НАТО-центричний підхід, але посилити політичні важелі впливу на Москву.', '4d5945d3f6381a894f429de3bb40d46815908c8f'),
-- Events
('event-dayton-1995', 'title', 'uk', 'Дейтонські угоди', 'f26436e998d4bdea166d926ef4cadf96226671d1'),
('event-dayton-1995', 'description', 'uk', 'Стаття називає Дейтонські угоди 1995 року моделлю, яку відтворює сценарій «Блок гарантій безпеки», «але з сильнішими механізмами забезпечення виконання». Інших подробиць про угоди в ній не наведено.', 'e9d7bcaf148be4badbc96423fd3d760b3dad973c'),
('event-dayton-1995', 'category', 'uk', 'Дипломатія', '99d29b46b4d08472e2552c4f65a99eb484d19081'),
('event-joint-training-2020-2022', 'title', 'uk', 'Спільні навчання в регіоні: зростання на 42 %', '29f6ec8bb1bd968ac64e7f8c5fea5b801e5885f0'),
('event-joint-training-2020-2022', 'description', 'uk', 'Згідно зі «Звітом НАТО з оборонного планування 2023», кількість спільних навчань у регіоні з 2020 по 2022 рік зросла на 42 %, що свідчить про те, що держави-члени вже нарощують оперативну готовність. Стаття не визначає, про який регіон ідеться, і не наводить річних показників.', 'fc80d700a29184691681e2a5dba2f1e824df989b'),
('event-joint-training-2020-2022', 'category', 'uk', 'Оборонна співпраця', '4e974deb6fed2df5e575b6781a0a900a2d122b54'),
('event-ransomware-2022', 'title', 'uk', 'Атака програми-вимагача на українські енергомережі', 'b42bf9f4181fbd7bb3f03b70c640b4164ed3b350'),
('event-ransomware-2022', 'description', 'uk', 'У 2022 році скоординована атака програми-вимагача на українські енергомережі спричинила 15-хвилинне знеструмлення, від якого постраждали 2 млн споживачів. Інцидент дав поштовх зусиллям у масштабах усього ЄС зі створення «коридорів кіберстійкості», що з’єднують військові та цивільні мережі. Стаття не повідомляє, хто здійснив атаку, і не наводить точнішої дати.', '3cf5247fc0bb50c2342b8b2799624baf4187ecd8'),
('event-ransomware-2022', 'category', 'uk', 'Кіберсфера', '985c6c249e7c55d4532add1d32d7d59dc17d60f8'),
('event-nato-dpr-2023', 'title', 'uk', 'Звіт НАТО з оборонного планування 2023', 'f464e4d9ed088bdb40719983063a2efd3233492c'),
('event-nato-dpr-2023', 'description', 'uk', 'Звіт, на який стаття посилається щодо зростання кількості спільних навчань на 42 % з 2020 по 2022 рік. Рік узято з назви звіту; дати публікації в статті не вказано.', '488be84cbfa767099d1e7dc02d6d0d47ce400e38'),
('event-nato-dpr-2023', 'category', 'uk', 'Звіт', 'ee45c30326b750387589752c0f75e1dd87ddc7e4'),
-- Sources
('source-nato-dpr-2023', 'title', 'uk', 'Звіт НАТО з оборонного планування 2023', 'f464e4d9ed088bdb40719983063a2efd3233492c'),
('source-nato-dpr-2023', 'publisher', 'uk', 'НАТО', '64eab117b3f946aaf3c6877baef91a7ea81dfb03'),
('source-article', 'title', 'uk', 'США пропонують Києву гарантії безпеки й заявляють, що Росія не заперечує проти вступу України до ЄС', '45df15aef37ce138a97566961f890b337f8c359f'),
('source-article', 'locator', 'uk', 'Автор: головний редактор', '1696334caf8262d48362716be676bccf71d05a74'),
('source-eurostat-defence-expenditure', 'title', 'uk', 'Щорічні таблиці оборонних видатків Євростату', 'e2fc6e4fd02f01be4fcc7ab3e715b29cb5f596bd'),
('source-eurostat-defence-expenditure', 'publisher', 'uk', 'Євростат', 'cb79438666021b8aa6eba922d09fbc0bae397e83'),
('source-eurostat-defence-expenditure', 'locator', 'uk', 'Щорічні таблиці оборонних видатків', '5332ecbb23b5ba2e3530c603adeb495b5a33d687'),
-- Data series
('joint-training-increase', 'name', 'uk', 'Спільні навчання в регіоні, зміна за 2020–2022 рр.', '50038dd4b2957d6d1d2f97c29228dc7817f7e1b0'),
('joint-training-increase', 'unit', 'uk', '%', '4345cb1fa27885a8fbfe7c0c830a592cc76a552b'),
('joint-training-increase', 'description', 'uk', 'Зростання кількості спільних навчань у регіоні з 2020 по 2022 рік за даними «Звіту НАТО з оборонного планування 2023», на який посилається стаття. Стаття наводить лише цей один показник.', '3739c56e182de5c36997435b13afadb8342c08b4'),
('eu-defence-fund', 'name', 'uk', 'Оборонний фонд ЄС', '2a99fbbc0e91b3912b2d97d7452ec946c24f948c'),
('eu-defence-fund', 'unit', 'uk', 'млрд євро', 'd31dd32102a91cade8c6850760c91d0179cb628a'),
('eu-defence-fund', 'description', 'uk', 'Обсяг «оборонного фонду ЄС на 8 млрд євро», з якого профінансовано прототип модульної платформи протиповітряної оборони, яку можна розгорнути в Україні за кілька тижнів. Стаття наводить лише цей один показник і не вказує періоду.', '8ed5e8ee670f077c101d816b1cc2b8bc5f9a28e9'),
('ransomware-blackout-duration', 'name', 'uk', 'Знеструмлення внаслідок атаки програми-вимагача 2022 року, тривалість', '3e2c14f9c499be7a3df0c1e58d499c90a7a0d268'),
('ransomware-blackout-duration', 'unit', 'uk', 'хвилин', 'be2e2bb698c7a42a8ff654d6025fa7c4c335bfc9'),
('ransomware-blackout-duration', 'description', 'uk', 'Тривалість знеструмлення, спричиненого скоординованою атакою програми-вимагача на українські енергомережі у 2022 році. Стаття наводить лише цей один показник.', '795aa45f52a026fc5ace6f1b577c7f1c61af02a9'),
('ransomware-customers', 'name', 'uk', 'Споживачі, які постраждали від знеструмлення внаслідок атаки програми-вимагача 2022 року', '2cad58b5f22e35b13170dd574be0fc4c3c4cdf6f'),
('ransomware-customers', 'unit', 'uk', 'млн споживачів', '4a708e1254580cb29f6ca4ab92744d4b8bdf8311'),
('ransomware-customers', 'description', 'uk', 'Кількість споживачів, які постраждали від 15-хвилинного знеструмлення, спричиненого атакою програми-вимагача на українські енергомережі у 2022 році. Стаття наводить лише цей один показник.', '250b97b38ee3c8de2725ae42d30e704149324ed9'),
-- Data points
('eu-defence-fund@EU defence fund', 'label', 'uk', 'Оборонний фонд ЄС', '2a99fbbc0e91b3912b2d97d7452ec946c24f948c'),
('eu-defence-fund@EU defence fund', 'note', 'uk', 'Профінансував прототип модульної платформи протиповітряної оборони, яку можна розгорнути в Україні за кілька тижнів. Стаття називає його «оборонним фондом ЄС на 8 млрд євро».', '733c3e8ef087bef1effeb268be75b76fd243d888'),
('joint-training-increase@2020–2022', 'label', 'uk', '2020–2022', 'd39f3c9f58c13a44483b2c884dfcb01d500ec654'),
('joint-training-increase@2020–2022', 'note', 'uk', 'Стаття наводить лише загальну зміну; річних значень немає.', 'e2ad1bba8dbcd9c2caf57fad11414465e2ada23d'),
('ransomware-blackout-duration@2022 ransomware attack', 'label', 'uk', 'Атака програми-вимагача 2022 року', '222ed206a2bde2ddce8e84c15a4cd3be5fc0da51'),
('ransomware-blackout-duration@2022 ransomware attack', 'note', 'uk', '15-хвилинне знеструмлення.', 'b9eb53589a5522eaa2caed22577727a91c0e8ae7'),
('ransomware-customers@2022 ransomware attack', 'label', 'uk', 'Атака програми-вимагача 2022 року', '222ed206a2bde2ddce8e84c15a4cd3be5fc0da51'),
('ransomware-customers@2022 ransomware attack', 'note', 'uk', 'Постраждали 2 млн споживачів.', '48a532a148e4b16b53585e0e7b637227ae86d027'),
-- FAQ
('faq-article5', 'question', 'uk', 'Що передбачає гарантія «на кшталт статті 5»?', '0f8c0818a2d9d728ff2df6caa919c234993ae992'),
('faq-article5', 'answer', 'uk', 'Вона наслідує положення НАТО про колективну оборону й обіцяє, що напад на Україну спричинить скоординовану відповідь держав-підписантів, хоча може й не сягати повноправного членства в НАТО.', '250e824725e89422495c8b1943c8b7aa28432d6e'),
('faq-troops', 'question', 'uk', 'Чи будуть війська НАТО постійно базуватися в Україні?', '4fee59808398e41b3e119f8abcad144d296f6fd2'),
('faq-troops', 'answer', 'uk', 'План передбачає обмежену присутність, прив’язану до конкретних місій, — переважно підрозділи протиповітряної оборони та навчальні підрозділи, — а не велику постійну армію.', 'd8a988567b63c287e072ceb93a7dc9d7a54b20c9'),
('faq-senate', 'question', 'uk', 'Як процедура схвалення в Сенаті США впливає на угоду?', '5a16380420520226631f8d814ac10d8907dd6f14'),
('faq-senate', 'answer', 'uk', 'Якщо гарантії розглядатимуть як договір, для них знадобиться схвалення двома третинами голосів у Сенаті; простіша угода про безпеку могла б бути ухвалена простою більшістю.', '223fe22e055d6d27fda38f72159cf275b3de32ba'),
('faq-donbas', 'question', 'uk', 'Чи зможе Росія й надалі окупувати частини Донбасу в межах нової рамкової угоди?', 'bc887db90e6572621f8c2172bfebbdf7a0ec180a'),
('faq-donbas', 'answer', 'uk', 'Вимога Росії щодо територіальних поступок залишається каменем спотикання; будь-яка остаточна угода мала б урегулювати статус окупованих зон, імовірно шляхом поетапного виведення військ або спільного управління.', '4e21f2a894b85afac3884a459b9281d6862e4498');

-- ---------------------------------------------------------------------------------------------
-- German ('de')
-- ---------------------------------------------------------------------------------------------
INSERT INTO translation (item_id, field, lang, text, source_hash) VALUES
-- The briefing
('us-guarantees-ukraine', 'title', 'de', 'USA bieten Kyjiw Sicherheitsgarantien an und erklären, Russland lehne einen EU-Beitritt der Ukraine nicht ab', '45df15aef37ce138a97566961f890b337f8c359f'),
('us-guarantees-ukraine', 'subtitle', 'de', 'Was die neuen US-europäischen Sicherheitsgarantien für die Zukunft bedeuten könnten', '09cb26e34b36f277ef05fb4bf5e98cbd1f07bf4b'),
('us-guarantees-ukraine', 'summary', 'de', 'Die Vereinigten Staaten haben die Bereitschaft signalisiert, die Ukraine mit „Artikel-5-ähnlichen“ Sicherheitsgarantien zu unterstützen, die die Prinzipien der kollektiven Verteidigung über den derzeitigen Mitgliederkreis der NATO hinaus ausdehnen würden; die Überschrift fügt hinzu, dass Russland einen EU-Beitritt der Ukraine nicht ablehnt. Der Artikel (Autorenzeile: Chefredakteur; Erscheinungsdatum nicht angegeben) beschreibt den Aufstieg hybrider Sicherheitspakte, die engere europäische Verteidigungszusammenarbeit und die Antwort der NATO auf Cyber- und andere Taktiken „knapp unterhalb der Schwelle“ und skizziert drei mögliche Wege für die Ukraine: eine volle NATO-Mitgliedschaft, einen Sicherheitsgarantie-Block oder die EU-Integration. Jeder dieser Wege hängt davon ab, wie schnell Washington diplomatische Formulierungen in rechtlich bindende Verpflichtungen umsetzen kann, die der Prüfung durch den Senat standhalten.', '0791fe0232a3e84775e0b7240cf403f6eeae92e8'),
-- Actors
('united-states', 'name', 'de', 'Vereinigte Staaten', '768685ca582abd0af2fbb57ca37752aa98c9372b'),
('united-states', 'description', 'de', 'Haben die Bereitschaft signalisiert, die Ukraine mit „Artikel-5-ähnlichen“ Garantien zu unterstützen (auch als Washington bezeichnet). Jedes Szenario im Artikel hängt davon ab, wie schnell Washington diplomatische Formulierungen in rechtlich bindende Verpflichtungen umsetzen kann, die der Prüfung durch den Senat standhalten. Europas Hinwendung zur „strategischen Autonomie“ wird als Fähigkeit beschrieben, eine glaubwürdige Abschreckung aufzubieten, ohne sich ausschließlich auf Washington zu verlassen.', '89f3afde03d145f72f198169ced12f0043c1dea7'),
('ukraine', 'name', 'de', 'Ukraine', 'c951ec00f123510a00d1e3d9539b11b4631d4096'),
('ukraine', 'description', 'de', 'Potenzielle Begünstigte der „Artikel-5-ähnlichen“ Garantien; ihre Hauptstadt ist Kyjiw. Im Jahr 2022 verursachte ein koordinierter Ransomware-Angriff auf ukrainische Energienetze einen 15-minütigen Stromausfall, von dem 2 Millionen Kunden betroffen waren. Laut der Überschrift lehnt Russland einen EU-Beitritt der Ukraine nicht ab.', '2b6ef55297fe3658c74c50d63dfca6669460d75a'),
('russia', 'name', 'de', 'Russland', '6754fe3cd8310d20ed04b8c7b66abebcdb16d88d'),
('russia', 'description', 'de', 'Seine Taktiken „knapp unterhalb der Schwelle“ – Cyber-Einbrüche, Drohneneinflüge und Desinformationskampagnen – veranlassen die NATO, ihr Handbuch für die digitale Verteidigung grundlegend zu überarbeiten. Seine Forderung nach territorialen Zugeständnissen bleibt ein Knackpunkt: Jede endgültige Vereinbarung müsste den Status der besetzten Zonen regeln (die FAQ erwähnen den Donbas). Laut der Überschrift lehnt Russland einen EU-Beitritt der Ukraine nicht ab. Auch als Moskau bezeichnet.', '6025f555914f40948242384d6ef12384262339f5'),
('nato', 'name', 'de', 'NATO', '64eab117b3f946aaf3c6877baef91a7ea81dfb03'),
('nato', 'description', 'de', 'Die „Artikel-5-ähnlichen“ Garantien würden die Prinzipien der kollektiven Verteidigung der NATO über ihren derzeitigen Mitgliederkreis hinaus ausdehnen und könnten einen hybriden Schutzschild schaffen, der das formelle Bündnis der NATO mit einer multinationalen schnellen Eingreiftruppe verbindet, die in der Ukraine stationiert ist. Russlands Taktiken „knapp unterhalb der Schwelle“ veranlassen die NATO, ihr Handbuch für die digitale Verteidigung grundlegend zu überarbeiten. Herausgeberin des NATO Defence Planning Report 2023.', '5d4a47a59454e4dc5e128ae122ddf748f9af5fa4'),
('nato-ccdcoe', 'name', 'de', 'NATO-Exzellenzzentrum für Cyberabwehr', '1dbde54cc2776ae340df877a3151b399809fb400'),
('nato-ccdcoe', 'description', 'de', 'Im Artikel als künftiges Zentrum beschrieben. Es wird KI-gestützte Werkzeuge zur Bedrohungssuche erproben, die im Rahmen der neuen Sicherheitsgarantien mit Kyjiw geteilt werden könnten.', 'e9fa82d2ba7a9795545a977477458cee56958efb'),
('european-union', 'name', 'de', 'Europäische Union', '1e9cb061f252587dcf3faed28ca12220fe8cc48e'),
('european-union', 'description', 'de', 'Ihre „Europäische Friedensfazilität“ finanziert bereits Missionen auf dem Balkan, ähnlich den hybriden Sicherheitspakten, die politische Garantien, gemeinsame Ausbildungsmissionen und begrenzte Truppenstationierungen verbinden – und liefert damit eine Vorlage für eine künftige ukrainische Truppe. Der Verteidigungsfonds der EU in Höhe von 8 Milliarden Euro finanzierte den Prototyp einer modularen Luftverteidigungsplattform, die binnen weniger Wochen in der Ukraine eingesetzt werden kann. Nach dem Ransomware-Angriff auf ukrainische Energienetze im Jahr 2022 begannen EU-weite Bemühungen um „Cyber-Resilienz-Korridore“, die militärische und zivile Netze verbinden.', '75aba6245e59a67916b51ed79c43277b1c2d6bd6'),
('germany', 'name', 'de', 'Deutschland', '17d53e0e6a68acdf80b78d4f9d868c8736db2cec'),
('germany', 'description', 'de', 'Hat gemeinsam mit Frankreich und dem Vereinigten Königreich begonnen, die Beschaffung hochmobiler Artillerie und Luftverteidigungssysteme im Rahmen des „Europäischen Verteidigungsfonds“ zu koordinieren. Der Artikel deutet diese Investitionen als Hinweis auf eine längerfristige Hinwendung zur „strategischen Autonomie“.', '98eb3cddbbfc9da7277cc4da652ce0cf31a91729'),
('france', 'name', 'de', 'Frankreich', 'e3772ac4b4db87b4a8dbfa59ef43cd1a8ad29515'),
('france', 'description', 'de', 'Hat gemeinsam mit Deutschland und dem Vereinigten Königreich begonnen, die Beschaffung hochmobiler Artillerie und Luftverteidigungssysteme im Rahmen des „Europäischen Verteidigungsfonds“ zu koordinieren. Der Artikel deutet diese Investitionen als Hinweis auf eine längerfristige Hinwendung zur „strategischen Autonomie“.', '7732edf9e883cb9c0c7bf0aa1ef0e2877eb04e5d'),
('united-kingdom', 'name', 'de', 'Vereinigtes Königreich', '9769121f10f77079b27eb08e9ffa488cbcc37ed0'),
('united-kingdom', 'description', 'de', 'Hat gemeinsam mit Deutschland und Frankreich begonnen, die Beschaffung hochmobiler Artillerie und Luftverteidigungssysteme im Rahmen des „Europäischen Verteidigungsfonds“ zu koordinieren. Der Artikel deutet diese Investitionen als Hinweis auf eine längerfristige Hinwendung zur „strategischen Autonomie“.', 'ee7d653da7116d3684b9b0656056de10674f7223'),
('us-senate', 'name', 'de', 'US-Senat', 'daa5e81200af1c7acc83afae37792666b4dd4c82'),
('us-senate', 'description', 'de', 'Werden die Garantien als Vertrag behandelt, erfordern sie eine Zweidrittelmehrheit im Senat; ein einfacheres Sicherheitsabkommen könnte mit einfacher Mehrheit angenommen werden. Laut dem Artikel hängt jedes Szenario von Verpflichtungen ab, die der Prüfung durch den Senat standhalten.', '305e45d2690ed9cae42649657e3708015f0fd3d4'),
-- Guarantees
('guarantee-article5-like', 'title', 'de', '„Artikel-5-ähnliche“ Sicherheitsgarantien der USA für die Ukraine', '5761c4607d3ad2f3d6ad696dc089f7aa16b8da55'),
('guarantee-article5-like', 'kind', 'de', 'Kollektive Verteidigung („Artikel-5-ähnlich“)', '94bd224a68da6441fa065ec9c77c0391b510df0c'),
('guarantee-article5-like', 'legal_form', 'de', 'Vertrag oder ein einfacheres Sicherheitsabkommen', '2bc4a59822716ee4a507ea141420ac934478acb1'),
('guarantee-article5-like', 'ratification', 'de', 'Zweidrittelmehrheit im Senat bei Behandlung als Vertrag; einfache Mehrheit bei einem einfacheren Sicherheitsabkommen', '4913b53c963970e33057ecdaf67bb31115a1f06f'),
('guarantee-article5-like', 'status', 'de', 'Angeboten (Bereitschaft signalisiert); noch nicht kodifiziert', '09d21aec2f73180b9373642a5b2309b5f01e5e39'),
('guarantee-article5-like', 'description', 'de', 'Die Vereinigten Staaten haben die Bereitschaft signalisiert, die Ukraine mit „Artikel-5-ähnlichen“ Garantien zu unterstützen – eine Verpflichtung, die die Prinzipien der kollektiven Verteidigung über den derzeitigen Mitgliederkreis der NATO hinaus ausdehnen würde. Eine solche Garantie ahmt die Klausel der NATO zur kollektiven Verteidigung nach und verspricht, dass ein Angriff auf die Ukraine eine koordinierte Reaktion der Unterzeichnerstaaten auslösen würde, auch wenn sie hinter einer vollen NATO-Mitgliedschaft zurückbleiben könnte.

Sollte dies kodifiziert werden, könnte es die Sicherheitsarchitektur Osteuropas umgestalten und einen hybriden Schutzschild schaffen, der das formelle Bündnis der NATO mit einer multinationalen schnellen Eingreiftruppe verbindet, die in der Ukraine stationiert ist. Der Plan sieht eine begrenzte, missionsspezifische Präsenz vor – vor allem Luftverteidigungs- und Ausbildungseinheiten – statt einer großen stehenden Armee. KI-gestützte Werkzeuge zur Bedrohungssuche, die das NATO-Exzellenzzentrum für Cyberabwehr erproben soll, könnten im Rahmen der neuen Sicherheitsgarantien mit Kyjiw geteilt werden. Laut dem Artikel könnten diese sich weiterentwickelnden Garantien das Sicherheitsgleichgewicht in Europa für Jahrzehnte neu bestimmen.

Der Untertitel spricht von „US-europäischen“ Sicherheitsgarantien und die FAQ von „Unterzeichnerstaaten“, doch der Artikel nennt außer den Vereinigten Staaten keinen Garanten. Das Datum des Angebots wird im Artikel nicht genannt.', '6d6f93006a72a359a24191e06392f1ec25dd1106'),
-- Scenarios
('scenario-nato-membership', 'title', 'de', 'Volle NATO-Mitgliedschaft', '102290787dca3281c941be133b08e3b61d0330f0'),
('scenario-nato-membership', 'summary', 'de', 'Die Ukraine sichert sich eine förmliche Einladung, was Russland veranlasst, hybride Angriffe zu intensivieren. Die USA und die EU vertiefen ihre Garantien und schaffen eine auf ukrainischem Boden stationierte „NATO-plus“-Truppe.', '5590ede7da579679edbe718489f3e3275ca22ec2'),
('scenario-nato-membership', 'preconditions', 'de', 'Die Ukraine sichert sich eine förmliche Einladung zum NATO-Beitritt. Wie jedes Szenario hängt es davon ab, wie schnell Washington diplomatische Formulierungen in rechtlich bindende Verpflichtungen umsetzen kann, die der Prüfung durch den Senat standhalten.', 'ac00d74bb654c40df52f194596c53f05683761fe'),
('scenario-nato-membership', 'consequences', 'de', 'Russland intensiviert hybride Angriffe. Die USA und die EU vertiefen ihre Garantien und schaffen eine auf ukrainischem Boden stationierte „NATO-plus“-Truppe.', '0aee8277ab26172f2fe4ff125d52abf880eaed1e'),
('scenario-guarantee-bloc', 'title', 'de', 'Sicherheitsgarantie-Block', '8f9b572603538ff09208c8f9dfd8688fd0bce976'),
('scenario-guarantee-bloc', 'summary', 'de', 'Ein multilateraler Vertrag bietet der Ukraine rechtlichen Schutz, eine begrenzte Truppenpräsenz und eine schnell reagierende Luftverteidigung. Dieses Modell spiegelt das Abkommen von Dayton aus dem Jahr 1995 wider, jedoch mit stärkeren Durchsetzungsmechanismen.', '4b5b602cb6146fc438cc8bb8dde6d10755eb9135'),
('scenario-guarantee-bloc', 'preconditions', 'de', 'Ein multilateraler Vertrag wird geschlossen (seine Parteien werden im Artikel nicht genannt). Wie jedes Szenario hängt es davon ab, wie schnell Washington diplomatische Formulierungen in rechtlich bindende Verpflichtungen umsetzen kann, die der Prüfung durch den Senat standhalten.', '4b6ed9c80f0019f90f2ff26f7d1ab6017a889f48'),
('scenario-guarantee-bloc', 'consequences', 'de', 'Die Ukraine erhält rechtlichen Schutz, eine begrenzte Truppenpräsenz und eine schnell reagierende Luftverteidigung, nach einem Modell, das das Abkommen von Dayton aus dem Jahr 1995 widerspiegelt, jedoch mit stärkeren Durchsetzungsmechanismen.', 'db54714034d75966c90c3493ad7c48a35c4bf9bd'),
('scenario-eu-integration', 'title', 'de', 'EU-Integration', '18b493e43ba862fc90e692dfecedfa5910fdf640'),
('scenario-eu-integration', 'summary', 'de', 'Kyjiw erhält einen beschleunigten Weg zum EU-Beitritt, der den wirtschaftlichen Wiederaufbau an Sicherheitsgarantien knüpft. Dies könnte den NATO-zentrierten Ansatz verwässern, aber die politischen Druckmittel gegenüber Moskau stärken.', '83429f0e82936570063e5ff26d5efee4a392e678'),
('scenario-eu-integration', 'preconditions', 'de', 'Kyjiw erhält einen beschleunigten Weg zum EU-Beitritt. Wie jedes Szenario hängt es davon ab, wie schnell Washington diplomatische Formulierungen in rechtlich bindende Verpflichtungen umsetzen kann, die der Prüfung durch den Senat standhalten.', 'bf47bac283234d1731696c8044201c9bedeb3254'),
('scenario-eu-integration', 'consequences', 'de', 'Der wirtschaftliche Wiederaufbau wird an Sicherheitsgarantien geknüpft. Dies könnte den NATO-zentrierten Ansatz verwässern, aber die politischen Druckmittel gegenüber Moskau stärken.', '4d5945d3f6381a894f429de3bb40d46815908c8f'),
-- Events
('event-dayton-1995', 'title', 'de', 'Abkommen von Dayton', 'f26436e998d4bdea166d926ef4cadf96226671d1'),
('event-dayton-1995', 'description', 'de', 'Der Artikel nennt das Abkommen von Dayton aus dem Jahr 1995 als das Modell, das das Szenario „Sicherheitsgarantie-Block“ widerspiegelt, „jedoch mit stärkeren Durchsetzungsmechanismen“. Weitere Einzelheiten zum Abkommen nennt er nicht.', 'e9d7bcaf148be4badbc96423fd3d760b3dad973c'),
('event-dayton-1995', 'category', 'de', 'Diplomatie', '99d29b46b4d08472e2552c4f65a99eb484d19081'),
('event-joint-training-2020-2022', 'title', 'de', 'Gemeinsame Ausbildungsübungen in der Region nehmen um 42 % zu', '29f6ec8bb1bd968ac64e7f8c5fea5b801e5885f0'),
('event-joint-training-2020-2022', 'description', 'de', 'Laut dem NATO Defence Planning Report 2023 nahmen die gemeinsamen Ausbildungsübungen in der Region zwischen 2020 und 2022 um 42 % zu, was darauf hindeutet, dass die Mitgliedstaaten ihre Einsatzbereitschaft bereits erhöhen. Der Artikel definiert die Region nicht und nennt keine Jahreswerte.', 'fc80d700a29184691681e2a5dba2f1e824df989b'),
('event-joint-training-2020-2022', 'category', 'de', 'Verteidigungszusammenarbeit', '4e974deb6fed2df5e575b6781a0a900a2d122b54'),
('event-ransomware-2022', 'title', 'de', 'Ransomware-Angriff auf ukrainische Energienetze', 'b42bf9f4181fbd7bb3f03b70c640b4164ed3b350'),
('event-ransomware-2022', 'description', 'de', 'Im Jahr 2022 verursachte ein koordinierter Ransomware-Angriff auf ukrainische Energienetze einen 15-minütigen Stromausfall, von dem 2 Millionen Kunden betroffen waren. Der Vorfall gab den Anstoß zu EU-weiten Bemühungen um „Cyber-Resilienz-Korridore“, die militärische und zivile Netze verbinden. Der Artikel nennt weder die Urheber des Angriffs noch ein genaueres Datum.', '3cf5247fc0bb50c2342b8b2799624baf4187ecd8'),
('event-ransomware-2022', 'category', 'de', 'Cyber', '985c6c249e7c55d4532add1d32d7d59dc17d60f8'),
('event-nato-dpr-2023', 'title', 'de', 'NATO Defence Planning Report 2023', 'f464e4d9ed088bdb40719983063a2efd3233492c'),
('event-nato-dpr-2023', 'description', 'de', 'Der Bericht, auf den sich der Artikel für die Zunahme der gemeinsamen Ausbildungsübungen um 42 % zwischen 2020 und 2022 beruft. Die Jahreszahl stammt aus dem Titel des Berichts; ein Erscheinungsdatum nennt der Artikel nicht.', '488be84cbfa767099d1e7dc02d6d0d47ce400e38'),
('event-nato-dpr-2023', 'category', 'de', 'Bericht', 'ee45c30326b750387589752c0f75e1dd87ddc7e4'),
-- Sources
('source-nato-dpr-2023', 'title', 'de', 'NATO Defence Planning Report 2023', 'f464e4d9ed088bdb40719983063a2efd3233492c'),
('source-nato-dpr-2023', 'publisher', 'de', 'NATO', '64eab117b3f946aaf3c6877baef91a7ea81dfb03'),
('source-article', 'title', 'de', 'USA bieten Kyjiw Sicherheitsgarantien an und erklären, Russland lehne einen EU-Beitritt der Ukraine nicht ab', '45df15aef37ce138a97566961f890b337f8c359f'),
('source-article', 'locator', 'de', 'Autorenzeile: Chefredakteur', '1696334caf8262d48362716be676bccf71d05a74'),
('source-eurostat-defence-expenditure', 'title', 'de', 'Jährliche Tabellen von Eurostat zu den Verteidigungsausgaben', 'e2fc6e4fd02f01be4fcc7ab3e715b29cb5f596bd'),
('source-eurostat-defence-expenditure', 'publisher', 'de', 'Eurostat', 'cb79438666021b8aa6eba922d09fbc0bae397e83'),
('source-eurostat-defence-expenditure', 'locator', 'de', 'Jährliche Tabellen zu den Verteidigungsausgaben', '5332ecbb23b5ba2e3530c603adeb495b5a33d687'),
-- Data series
('joint-training-increase', 'name', 'de', 'Gemeinsame Ausbildungsübungen in der Region, Veränderung 2020–2022', '50038dd4b2957d6d1d2f97c29228dc7817f7e1b0'),
('joint-training-increase', 'unit', 'de', '%', '4345cb1fa27885a8fbfe7c0c830a592cc76a552b'),
('joint-training-increase', 'description', 'de', 'Zunahme der gemeinsamen Ausbildungsübungen in der Region zwischen 2020 und 2022 laut dem im Artikel zitierten NATO Defence Planning Report 2023. Der Artikel nennt nur diese eine Zahl.', '3739c56e182de5c36997435b13afadb8342c08b4'),
('eu-defence-fund', 'name', 'de', 'EU-Verteidigungsfonds', '2a99fbbc0e91b3912b2d97d7452ec946c24f948c'),
('eu-defence-fund', 'unit', 'de', 'Milliarden Euro', 'd31dd32102a91cade8c6850760c91d0179cb628a'),
('eu-defence-fund', 'description', 'de', 'Umfang des „Verteidigungsfonds in Höhe von 8 Milliarden Euro“ der EU, aus dem der Prototyp einer modularen Luftverteidigungsplattform finanziert wurde, die binnen weniger Wochen in der Ukraine eingesetzt werden kann. Der Artikel nennt nur diese eine Zahl und keinen Zeitraum.', '8ed5e8ee670f077c101d816b1cc2b8bc5f9a28e9'),
('ransomware-blackout-duration', 'name', 'de', 'Stromausfall durch den Ransomware-Angriff 2022, Dauer', '3e2c14f9c499be7a3df0c1e58d499c90a7a0d268'),
('ransomware-blackout-duration', 'unit', 'de', 'Minuten', 'be2e2bb698c7a42a8ff654d6025fa7c4c335bfc9'),
('ransomware-blackout-duration', 'description', 'de', 'Dauer des Stromausfalls, den der koordinierte Ransomware-Angriff auf ukrainische Energienetze im Jahr 2022 verursachte. Der Artikel nennt nur diese eine Zahl.', '795aa45f52a026fc5ace6f1b577c7f1c61af02a9'),
('ransomware-customers', 'name', 'de', 'Vom Ransomware-Stromausfall 2022 betroffene Kunden', '2cad58b5f22e35b13170dd574be0fc4c3c4cdf6f'),
('ransomware-customers', 'unit', 'de', 'Millionen Kunden', '4a708e1254580cb29f6ca4ab92744d4b8bdf8311'),
('ransomware-customers', 'description', 'de', 'Zahl der Kunden, die von dem 15-minütigen Stromausfall betroffen waren, den der Ransomware-Angriff auf ukrainische Energienetze im Jahr 2022 verursachte. Der Artikel nennt nur diese eine Zahl.', '250b97b38ee3c8de2725ae42d30e704149324ed9'),
-- Data points
('eu-defence-fund@EU defence fund', 'label', 'de', 'EU-Verteidigungsfonds', '2a99fbbc0e91b3912b2d97d7452ec946c24f948c'),
('eu-defence-fund@EU defence fund', 'note', 'de', 'Finanzierte den Prototyp einer modularen Luftverteidigungsplattform, die binnen weniger Wochen in der Ukraine eingesetzt werden kann. Der Artikel nennt ihn den „Verteidigungsfonds in Höhe von 8 Milliarden Euro“ der EU.', '733c3e8ef087bef1effeb268be75b76fd243d888'),
('joint-training-increase@2020–2022', 'label', 'de', '2020–2022', 'd39f3c9f58c13a44483b2c884dfcb01d500ec654'),
('joint-training-increase@2020–2022', 'note', 'de', 'Der Artikel nennt nur die Gesamtveränderung; keine Jahreswerte.', 'e2ad1bba8dbcd9c2caf57fad11414465e2ada23d'),
('ransomware-blackout-duration@2022 ransomware attack', 'label', 'de', 'Ransomware-Angriff 2022', '222ed206a2bde2ddce8e84c15a4cd3be5fc0da51'),
('ransomware-blackout-duration@2022 ransomware attack', 'note', 'de', '15-minütiger Stromausfall.', 'b9eb53589a5522eaa2caed22577727a91c0e8ae7'),
('ransomware-customers@2022 ransomware attack', 'label', 'de', 'Ransomware-Angriff 2022', '222ed206a2bde2ddce8e84c15a4cd3be5fc0da51'),
('ransomware-customers@2022 ransomware attack', 'note', 'de', '2 Millionen Kunden betroffen.', '48a532a148e4b16b53585e0e7b637227ae86d027'),
-- FAQ
('faq-article5', 'question', 'de', 'Was beinhaltet eine „Artikel-5-ähnliche“ Garantie?', '0f8c0818a2d9d728ff2df6caa919c234993ae992'),
('faq-article5', 'answer', 'de', 'Sie ahmt die Klausel der NATO zur kollektiven Verteidigung nach und verspricht, dass ein Angriff auf die Ukraine eine koordinierte Reaktion der Unterzeichnerstaaten auslösen würde, auch wenn sie hinter einer vollen NATO-Mitgliedschaft zurückbleiben könnte.', '250e824725e89422495c8b1943c8b7aa28432d6e'),
('faq-troops', 'question', 'de', 'Werden NATO-Truppen dauerhaft in der Ukraine stationiert?', '4fee59808398e41b3e119f8abcad144d296f6fd2'),
('faq-troops', 'answer', 'de', 'Der Plan sieht eine begrenzte, missionsspezifische Präsenz vor – vor allem Luftverteidigungs- und Ausbildungseinheiten – statt einer großen stehenden Armee.', 'd8a988567b63c287e072ceb93a7dc9d7a54b20c9'),
('faq-senate', 'question', 'de', 'Wie wirkt sich das Zustimmungsverfahren des US-Senats auf die Vereinbarung aus?', '5a16380420520226631f8d814ac10d8907dd6f14'),
('faq-senate', 'answer', 'de', 'Werden die Garantien als Vertrag behandelt, erfordern sie eine Zweidrittelmehrheit im Senat; ein einfacheres Sicherheitsabkommen könnte mit einfacher Mehrheit angenommen werden.', '223fe22e055d6d27fda38f72159cf275b3de32ba'),
('faq-donbas', 'question', 'de', 'Kann Russland im neuen Rahmen weiterhin Teile des Donbas besetzt halten?', 'bc887db90e6572621f8c2172bfebbdf7a0ec180a'),
('faq-donbas', 'answer', 'de', 'Russlands Forderung nach territorialen Zugeständnissen bleibt ein Knackpunkt; jede endgültige Vereinbarung müsste den Status der besetzten Zonen regeln, wahrscheinlich durch einen schrittweisen Rückzug oder eine gemeinsame Verwaltung.', '4e21f2a894b85afac3884a459b9281d6862e4498');
