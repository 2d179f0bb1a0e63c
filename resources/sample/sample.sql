-- Built-in sample briefing for Briefing Viewer (file format version 1).
-- Run after db/schema.sql on an empty database:
--   sqlite3 sample.briefing < db/schema.sql && sqlite3 sample.briefing < resources/sample/sample.sql
-- Content comes only from the article "U.S. offers security guarantees to Kyiv, says Russia not
-- opposed to Ukraine joining EU" (byline: Chief Editor). Nothing is added that the article does not
-- state; what it leaves open is left empty, NULL, or marked "Not stated in the article".
-- Text keeps the article's typography (curly quotes, non-breaking hyphens, narrow no-break spaces,
-- en dashes, the euro sign).

-- ---------------------------------------------------------------------------------------------
-- The briefing
-- ---------------------------------------------------------------------------------------------
INSERT INTO briefing (id, title, subtitle, publisher, edition, published, source_language, summary) VALUES
('us-guarantees-ukraine',
 'U.S. offers security guarantees to Kyiv, says Russia not opposed to Ukraine joining EU',
 'What the New U.S.–Europe Security Guarantees Could Mean for the Future',
 '',
 '1',
 '',
 'en',
 'The United States has signaled willingness to back Ukraine with “Article 5‑like” security guarantees that would extend collective‑defence principles beyond NATO’s current membership; the headline adds that Russia is not opposed to Ukraine joining the EU. The article (byline: Chief Editor; publication date not stated) describes the rise of hybrid security pacts, closer European defence cooperation and NATO’s response to cyber and other “just‑below‑threshold” tactics, and outlines three possible pathways for Ukraine: full NATO membership, a security‑guarantee bloc, or EU integration. Each pathway hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.');

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------
INSERT INTO actor (id, name, kind, description) VALUES
('united-states', 'United States', 'state',
 'Has signaled willingness to back Ukraine with “Article 5‑like” guarantees (also referred to as Washington). Each scenario in the article hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny. Europe’s shift toward “strategic autonomy” is described as fielding credible deterrence without relying exclusively on Washington.'),
('ukraine', 'Ukraine', 'state',
 'Prospective beneficiary of the “Article 5‑like” guarantees; its capital is Kyiv. In 2022 a coordinated ransomware attack on Ukrainian energy grids caused a 15‑minute blackout affecting 2 million customers. According to the headline, Russia is not opposed to Ukraine joining the EU.'),
('russia', 'Russia', 'state',
 'Its “just‑below‑threshold” tactics—cyber intrusions, drone incursions, and misinformation campaigns—are prompting NATO to overhaul its digital‑defence playbook. Its demand for territory concessions remains a sticking point: any final agreement would need to address the status of occupied zones (the FAQ mentions the Donbas). According to the headline, Russia is not opposed to Ukraine joining the EU. Also referred to as Moscow.'),
('nato', 'NATO', 'organisation',
 'The “Article 5‑like” guarantees would extend NATO’s collective‑defence principles beyond its current membership, and could create a hybrid shield that blends NATO’s formal alliance with a multinational rapid‑response force stationed inside Ukraine. Russia’s “just‑below‑threshold” tactics are prompting NATO to overhaul its digital‑defence playbook. Publisher of the NATO Defence Planning Report 2023.'),
('nato-ccdcoe', 'NATO Cyber Defence Centre of Excellence', 'organisation',
 'Described by the article as upcoming. It will pilot AI‑driven threat‑hunting tools that could be shared with Kyiv under the new security guarantees.'),
('european-union', 'European Union', 'organisation',
 'Its “European Peace Facility” already finances missions in the Balkans similar to the hybrid security pacts that combine political guarantees, joint training missions, and limited troop deployments—providing a template for a future Ukrainian force. The EU’s €8 billion defence fund funded the prototype for a modular air‑defence platform that can be deployed in Ukraine within weeks. After the 2022 ransomware attack on Ukrainian energy grids, an EU‑wide push began for “cyber‑resilience corridors” linking military and civilian networks.'),
('germany', 'Germany', 'state',
 'Together with France and the United Kingdom, has begun to coordinate procurement of high‑mobility artillery and air‑defence systems under the “European Defence Fund”. The article reads these investments as a hint of a longer‑term shift toward “strategic autonomy”.'),
('france', 'France', 'state',
 'Together with Germany and the United Kingdom, has begun to coordinate procurement of high‑mobility artillery and air‑defence systems under the “European Defence Fund”. The article reads these investments as a hint of a longer‑term shift toward “strategic autonomy”.'),
('united-kingdom', 'United Kingdom', 'state',
 'Together with Germany and France, has begun to coordinate procurement of high‑mobility artillery and air‑defence systems under the “European Defence Fund”. The article reads these investments as a hint of a longer‑term shift toward “strategic autonomy”.'),
('us-senate', 'U.S. Senate', 'organisation',
 'If the guarantees are treated as a treaty, they require a two‑thirds Senate vote; a simpler security agreement could pass with a simple majority. The article says each scenario hinges on commitments that survive Senate scrutiny.');

-- ---------------------------------------------------------------------------------------------
-- Guarantees
-- ---------------------------------------------------------------------------------------------
INSERT INTO guarantee (id, title, guarantors, beneficiary, kind, legal_form, ratification, status, description) VALUES
('guarantee-article5-like',
 'U.S. “Article 5‑like” security guarantees for Ukraine',
 'united-states',
 'ukraine',
 'Collective defence (“Article 5‑like”)',
 'Treaty, or a simpler security agreement',
 'Two‑thirds Senate vote if treated as a treaty; simple majority for a simpler security agreement',
 'Offered (signalled willingness); not yet codified',
 'The United States has signaled willingness to back Ukraine with “Article 5‑like” guarantees, a commitment that would extend collective‑defence principles beyond NATO’s current membership. Such a guarantee mimics NATO’s collective‑defence clause, promising that an attack on Ukraine would trigger a coordinated response from signatory nations, though it may stop short of full NATO membership.

If codified, this could reshape the security architecture of East Europe, creating a hybrid shield that blends NATO’s formal alliance with a multinational rapid‑response force stationed inside Ukraine. The plan envisions a limited, mission‑specific presence—primarily air‑defence and training units—rather than a large standing army. AI‑driven threat‑hunting tools to be piloted by the NATO Cyber Defence Centre of Excellence could be shared with Kyiv under the new security guarantees. The article says these evolving guarantees could redefine the security balance in Europe for decades.

The subtitle speaks of “U.S.–Europe” security guarantees and the FAQ of “signatory nations”, but the article names no guarantor other than the United States. The date of the offer is not stated in the article.');

-- ---------------------------------------------------------------------------------------------
-- Scenarios (the article gives no likelihoods)
-- ---------------------------------------------------------------------------------------------
INSERT INTO scenario (id, position, title, summary, preconditions, consequences, likelihood, likelihood_scale) VALUES
('scenario-nato-membership', 1, 'Full NATO Membership',
 'Ukraine secures a formal invitation, prompting Russia to accelerate hybrid attacks. The U.S. and EU deepen their guarantees, creating a “NATO‑plus” force stationed on Ukrainian soil.',
 'Ukraine secures a formal invitation to join NATO. As with each scenario, it hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.',
 'Russia accelerates hybrid attacks. The U.S. and EU deepen their guarantees, creating a “NATO‑plus” force stationed on Ukrainian soil.',
 NULL, NULL),
('scenario-guarantee-bloc', 2, 'Security‑Guarantee Bloc',
 'A multilateral treaty offers Ukraine legal protection, limited troop presence, and rapid‑response air‑defence. This model mirrors the 1995 Dayton Accords but with stronger enforcement mechanisms.',
 'A multilateral treaty is concluded (its parties are not stated in the article). As with each scenario, it hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.',
 'Ukraine receives legal protection, limited troop presence, and rapid‑response air‑defence, under a model that mirrors the 1995 Dayton Accords but with stronger enforcement mechanisms.',
 NULL, NULL),
('scenario-eu-integration', 3, 'Euro‑Union Integration',
 'Kyiv receives a fast‑track EU accession path, tying economic reconstruction to security guarantees. This could dilute the NATO‑centric approach but increase political leverage over Moscow.',
 'Kyiv receives a fast‑track EU accession path. As with each scenario, it hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.',
 'Economic reconstruction is tied to security guarantees. This could dilute the NATO‑centric approach but increase political leverage over Moscow.',
 NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Events (only those the article dates; all at year precision)
-- ---------------------------------------------------------------------------------------------
INSERT INTO event (id, start_date, end_date, precision, title, description, category, actors) VALUES
('event-dayton-1995', '1995', NULL, 'year',
 'Dayton Accords',
 'The article names the 1995 Dayton Accords as the model that the “Security‑Guarantee Bloc” scenario mirrors, “but with stronger enforcement mechanisms”. It gives no other details of the accords.',
 'Diplomacy', ''),
('event-joint-training-2020-2022', '2020', '2022', 'year',
 'Joint‑training exercises in the region increase by 42 %',
 'According to the NATO Defence Planning Report 2023, joint‑training exercises in the region increased by 42 % between 2020 and 2022, suggesting member states are already scaling up operational readiness. The article does not define the region or give yearly figures.',
 'Defence cooperation', 'nato'),
('event-ransomware-2022', '2022', NULL, 'year',
 'Ransomware attack on Ukrainian energy grids',
 'In 2022, a coordinated ransomware attack on Ukrainian energy grids caused a 15‑minute blackout affecting 2 million customers. The incident spurred an EU‑wide push for “cyber‑resilience corridors” linking military and civilian networks. The article does not say who carried out the attack or give a more precise date.',
 'Cyber', 'ukraine european-union'),
('event-nato-dpr-2023', '2023', NULL, 'year',
 'NATO Defence Planning Report 2023',
 'The report the article cites for the 42 % increase in joint‑training exercises between 2020 and 2022. The year is taken from the report’s title; the article states no publication date.',
 'Report', 'nato');

-- ---------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------
INSERT INTO source (id, title, publisher, year, locator) VALUES
('source-nato-dpr-2023', 'NATO Defence Planning Report 2023', 'NATO', 2023, ''),
('source-article', 'U.S. offers security guarantees to Kyiv, says Russia not opposed to Ukraine joining EU', '', NULL, 'Byline: Chief Editor'),
('source-eurostat-defence-expenditure', 'Eurostat annual defence expenditure tables', 'Eurostat', NULL, 'Annual defence expenditure tables');

-- ---------------------------------------------------------------------------------------------
-- Data series (the article states single figures, not time series)
-- ---------------------------------------------------------------------------------------------
INSERT INTO series (id, name, unit, kind, description) VALUES
('joint-training-increase', 'Joint‑training exercises in the region, change 2020–2022', '%', 'categories',
 'Increase in joint‑training exercises in the region between 2020 and 2022, according to the NATO Defence Planning Report 2023 as cited by the article. The article gives only this one figure.'),
('eu-defence-fund', 'EU defence fund', 'EUR billion', 'categories',
 'Size of the EU’s “€8 billion defence fund”, which funded the prototype for a modular air‑defence platform that can be deployed in Ukraine within weeks. The article gives only this one figure and no time period.'),
('ransomware-blackout-duration', 'Blackout caused by the 2022 ransomware attack, duration', 'minutes', 'categories',
 'Duration of the blackout caused by the coordinated ransomware attack on Ukrainian energy grids in 2022. The article gives only this one figure.'),
('ransomware-customers', 'Customers affected by the 2022 ransomware blackout', 'million customers', 'categories',
 'Number of customers affected by the 15‑minute blackout caused by the 2022 ransomware attack on Ukrainian energy grids. The article gives only this one figure.');

INSERT INTO point (series_id, position, label, value, note, source_id) VALUES
('joint-training-increase', 0, '2020–2022', 42, 'The article states only the overall change; no yearly values.', 'source-nato-dpr-2023'),
('eu-defence-fund', 0, 'EU defence fund', 8, 'Funded the prototype for a modular air‑defence platform that can be deployed in Ukraine within weeks. The article calls it the EU’s “€8 billion defence fund”.', 'source-article'),
('ransomware-blackout-duration', 0, '2022 ransomware attack', 15, '15‑minute blackout.', 'source-article'),
('ransomware-customers', 0, '2022 ransomware attack', 2, '2 million customers affected.', 'source-article');

-- ---------------------------------------------------------------------------------------------
-- FAQ (verbatim from the article)
-- ---------------------------------------------------------------------------------------------
INSERT INTO faq (id, position, question, answer) VALUES
('faq-article5', 1,
 'What does an “Article 5‑like” guarantee entail?',
 'It mimics NATO’s collective‑defence clause, promising that an attack on Ukraine would trigger a coordinated response from signatory nations, though it may stop short of full NATO membership.'),
('faq-troops', 2,
 'Will NATO troops be permanently based in Ukraine?',
 'The plan envisions a limited, mission‑specific presence—primarily air‑defence and training units—rather than a large standing army.'),
('faq-senate', 3,
 'How does the U.S. Senate’s approval process affect the deal?',
 'If the guarantees are treated as a treaty, they require a two‑thirds Senate vote; a simpler security agreement could pass with a simple majority.'),
('faq-donbas', 4,
 'Can Russia still occupy parts of the Donbas under the new framework?',
 'Russia’s demand for territory concessions remains a sticking point; any final agreement would need to address the status of occupied zones, likely through a phased withdrawal or joint administration.');

-- ---------------------------------------------------------------------------------------------
-- Links, read "from <kind> to"
-- ---------------------------------------------------------------------------------------------
INSERT INTO link (from_id, kind, to_id, note) VALUES
-- The guarantee and the actors it concerns (guarantor and beneficiary come from its own columns)
('guarantee-article5-like', 'involves', 'nato', 'Would extend NATO’s collective‑defence principles beyond its current membership.'),
('guarantee-article5-like', 'involves', 'us-senate', 'Two‑thirds vote if treated as a treaty; simple majority for a simpler security agreement.'),
('guarantee-article5-like', 'related_to', 'nato-ccdcoe', 'AI‑driven threat‑hunting tools piloted by the Centre could be shared with Kyiv under the new security guarantees.'),
-- Scenarios depend on the guarantee being made binding
('scenario-nato-membership', 'depends_on', 'guarantee-article5-like', 'Each scenario hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.'),
('scenario-guarantee-bloc', 'depends_on', 'guarantee-article5-like', 'Each scenario hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.'),
('scenario-eu-integration', 'depends_on', 'guarantee-article5-like', 'Each scenario hinges on how quickly Washington can translate diplomatic wording into legally binding commitments that survive Senate scrutiny.'),
('scenario-guarantee-bloc', 'related_to', 'event-dayton-1995', 'This model mirrors the 1995 Dayton Accords but with stronger enforcement mechanisms.'),
-- Actors in each scenario
('scenario-nato-membership', 'involves', 'ukraine', 'Secures a formal invitation.'),
('scenario-nato-membership', 'involves', 'nato', 'Full NATO membership; a “NATO‑plus” force stationed on Ukrainian soil.'),
('scenario-nato-membership', 'involves', 'russia', 'Accelerates hybrid attacks.'),
('scenario-nato-membership', 'involves', 'united-states', 'Deepens its guarantees.'),
('scenario-nato-membership', 'involves', 'european-union', 'Deepens its guarantees.'),
('scenario-guarantee-bloc', 'involves', 'ukraine', 'Receives legal protection, limited troop presence, and rapid‑response air‑defence.'),
('scenario-eu-integration', 'involves', 'ukraine', 'Kyiv receives a fast‑track EU accession path.'),
('scenario-eu-integration', 'involves', 'european-union', 'Fast‑track EU accession path.'),
('scenario-eu-integration', 'involves', 'nato', 'Could dilute the NATO‑centric approach.'),
('scenario-eu-integration', 'involves', 'russia', 'Could increase political leverage over Moscow.'),
-- What each FAQ entry answers
('faq-article5', 'answers', 'guarantee-article5-like', ''),
('faq-troops', 'answers', 'guarantee-article5-like', 'The plan envisions a limited, mission‑specific presence.'),
('faq-troops', 'answers', 'scenario-guarantee-bloc', 'The scenario includes a limited troop presence.'),
('faq-troops', 'answers', 'scenario-nato-membership', 'The scenario includes a “NATO‑plus” force stationed on Ukrainian soil.'),
('faq-senate', 'answers', 'guarantee-article5-like', 'Ratification.'),
('faq-senate', 'answers', 'us-senate', ''),
('faq-donbas', 'answers', 'russia', 'Russia’s demand for territory concessions.'),
('faq-donbas', 'answers', 'guarantee-article5-like', 'The “new framework”.'),
('faq-donbas', 'answers', 'scenario-nato-membership', 'Any final agreement would need to address the status of occupied zones.'),
('faq-donbas', 'answers', 'scenario-guarantee-bloc', 'Any final agreement would need to address the status of occupied zones.'),
('faq-donbas', 'answers', 'scenario-eu-integration', 'Any final agreement would need to address the status of occupied zones.'),
-- Events: evidence, sources and actors
('event-joint-training-2020-2022', 'evidence_for', 'joint-training-increase', ''),
('event-joint-training-2020-2022', 'cites', 'source-nato-dpr-2023', ''),
('event-joint-training-2020-2022', 'involves', 'nato', 'The report is NATO’s; the article speaks of “member states”.'),
('event-ransomware-2022', 'evidence_for', 'ransomware-blackout-duration', ''),
('event-ransomware-2022', 'evidence_for', 'ransomware-customers', ''),
('event-ransomware-2022', 'involves', 'ukraine', 'Ukrainian energy grids were attacked.'),
('event-ransomware-2022', 'involves', 'european-union', 'The incident spurred an EU‑wide push for “cyber‑resilience corridors”.'),
('event-nato-dpr-2023', 'involves', 'nato', 'Publisher.'),
('event-nato-dpr-2023', 'related_to', 'source-nato-dpr-2023', 'The report itself.'),
-- Series and their sources
('joint-training-increase', 'cites', 'source-nato-dpr-2023', ''),
('eu-defence-fund', 'cites', 'source-article', ''),
('ransomware-blackout-duration', 'cites', 'source-article', ''),
('ransomware-customers', 'cites', 'source-article', ''),
('eu-defence-fund', 'involves', 'european-union', 'The article calls it the EU’s “€8 billion defence fund”.'),
-- European defence cooperation
('germany', 'related_to', 'eu-defence-fund', 'Coordinates procurement of high‑mobility artillery and air‑defence systems under the “European Defence Fund”.'),
('france', 'related_to', 'eu-defence-fund', 'Coordinates procurement of high‑mobility artillery and air‑defence systems under the “European Defence Fund”.'),
('united-kingdom', 'related_to', 'eu-defence-fund', 'Coordinates procurement of high‑mobility artillery and air‑defence systems under the “European Defence Fund”.'),
('source-eurostat-defence-expenditure', 'related_to', 'european-union', 'Pro tip from the article: marketers and analysts tracking defence budgets should monitor Eurostat’s annual defence expenditure tables for emerging spend patterns—signals of deeper integration.'),
-- Technology and cyber
('nato-ccdcoe', 'related_to', 'nato', 'Part of NATO’s response to Russia’s “just‑below‑threshold” tactics, which are prompting NATO to overhaul its digital‑defence playbook.'),
('nato-ccdcoe', 'related_to', 'ukraine', 'Its AI‑driven threat‑hunting tools could be shared with Kyiv under the new security guarantees.');
