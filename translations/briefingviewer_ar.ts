<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Briefing</name>
        <message>
            <source>Depends on</source>
            <translation>يعتمد على</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>مطلوب لـ</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>يجيب عن</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>يُجاب عنه في</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>دليل على</translation>
        </message>
        <message>
            <source>Supported by</source>
            <translation>مدعوم بـ</translation>
        </message>
        <message>
            <source>Cites</source>
            <translation>يستشهد بـ</translation>
        </message>
        <message>
            <source>Cited by</source>
            <translation>مُستشهَد به في</translation>
        </message>
        <message>
            <source>Involves</source>
            <translation>يشمل</translation>
        </message>
        <message>
            <source>Involved in</source>
            <translation>مشارك في</translation>
        </message>
        <message>
            <source>Related to</source>
            <translation>مرتبط بـ</translation>
        </message>
        <message>
            <source>Guaranteed by</source>
            <translation>مضمونة من</translation>
        </message>
        <message>
            <source>Guarantor of</source>
            <translation>ضامن لـ</translation>
        </message>
        <message>
            <source>Protects</source>
            <translation>تحمي</translation>
        </message>
        <message>
            <source>Protected by</source>
            <translation>محمي بـ</translation>
        </message>
        <message>
            <source>%1 (from)</source>
            <translation>%1 (وارد)</translation>
        </message>
        <message>
            <source>Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; the link is left out.</source>
            <translation>رابط معلّق «%1» %2 «%3»: «%4» ليس عنصرًا في هذا الموجز؛ لذا استُبعد الرابط.</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>موجز</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>جهة فاعلة</translation>
        </message>
        <message>
            <source>Guarantee</source>
            <translation>ضمانة</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>سيناريو</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>حدث</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>مصدر</translation>
        </message>
        <message>
            <source>Data series</source>
            <translation>سلسلة بيانات</translation>
        </message>
        <message>
            <source>FAQ entry</source>
            <translation>سؤال شائع</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>الجهات الفاعلة</translation>
        </message>
        <message>
            <source>Guarantees</source>
            <translation>الضمانات</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>السيناريوهات</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>الأحداث</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>الأسئلة الشائعة</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>المصادقة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>الرقم.</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>الاحتمالية</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>تاريخ غير مقروء «%1»</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>لا قيمة</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Value (%1)</source>
            <translation>القيمة (%1)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2, %3 linked)</source>
            <translation>%1 (%2، منها %3 مرتبطة)</translation>
        </message>
        <message>
            <source>Duplicate id “%1”: it names two items, %2 “%3” and %4 “%5”; links to it lead to the first.</source>
            <translation>مُعرِّف مكرر «%1»: يحمله عنصران، %2 «%3» و%4 «%5»؛ وتؤدي الروابط إليه إلى العنصر الأول.</translation>
        </message>
        <message>
            <source>Not translated; shown in %1</source>
            <translation>غير مترجم؛ يُعرض باللغة %1</translation>
        </message>
        <message>
            <source>The translation may be out of date</source>
            <translation>قد تكون الترجمة قديمة</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>النص المصدر</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>مترجمة</translation>
        </message>
        <message>
            <source>Stale: the source changed</source>
            <translation>قديمة: تغيّر المصدر</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>ناقصة</translation>
        </message>
        <message>
            <source>Missing; shown in %1</source>
            <translation>ناقصة؛ تُعرض باللغة %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more; zoom in to list them</source>
            <translation>
                <numerusform>… و%n أخرى؛ كبّر لعرضها</numerusform>
                <numerusform>… و%n أخرى؛ كبّر لعرضها</numerusform>
                <numerusform>… و%n أخرى؛ كبّر لعرضها</numerusform>
                <numerusform>… و%n أخرى؛ كبّر لعرضها</numerusform>
                <numerusform>… و%n أخرى؛ كبّر لعرضها</numerusform>
                <numerusform>… و%n أخرى؛ كبّر لعرضها</numerusform>
            </translation>
        </message>
        <message>
            <source>Shows</source>
            <translation>يعرض</translation>
        </message>
        <message>
            <source>Shown on</source>
            <translation>معروض في</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>المخططات</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>مُقاس</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>مؤقت</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>تقدير</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>إسقاط</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>خطوط</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>أعمدة</translation>
        </message>
        <message>
            <source>Grouped bars</source>
            <translation>أعمدة مجمّعة</translation>
        </message>
        <message>
            <source>Stacked bars</source>
            <translation>أعمدة مكدّسة</translation>
        </message>
        <message>
            <source>Slope chart</source>
            <translation>مخطط الميل</translation>
        </message>
        <message>
            <source>Dot plot</source>
            <translation>مخطط نقطي</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>السلاسل</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>ربع سنة</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>يوم</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>انقطاع</translation>
        </message>
    </context>
    <context>
        <name>BriefingDatabase</name>
        <message>
            <source>The built-in example “%1” could not be built: %2. This is a bug in Briefing Viewer; please report it.</source>
            <translation>تعذّر إنشاء المثال المدمج «%1»: %2. هذا خطأ برمجي في Briefing Viewer؛ يُرجى الإبلاغ عنه.</translation>
        </message>
        <message>
            <source>sample briefing</source>
            <translation>موجز نموذجي</translation>
        </message>
        <message>
            <source>Sample briefing</source>
            <translation>موجز نموذجي</translation>
        </message>
        <message>
            <source>The translations could not be read (%1); the text is shown in the source language.</source>
            <translation>تعذّرت قراءة الترجمات (%1)؛ يُعرض النص بلغة المصدر.</translation>
        </message>
        <message>
            <source>“%1” changed while it was being opened. Open it again.</source>
            <translation>تغيّر «%1» أثناء فتحه. افتحه مرة أخرى.</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled.</source>
            <translation>أُلغي فتح «%1».</translation>
        </message>
    </context>
    <context>
        <name>BriefingPath</name>
        <message>
            <source>stop %1: %2</source>
            <translation>المحطة %1: %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1؛ %2</translation>
        </message>
        <message>
            <source>the stop is left out</source>
            <translation>تُحذف المحطة</translation>
        </message>
        <message>
            <source>an item stop names no item</source>
            <translation>محطة العنصر لا تسمّي أي عنصر</translation>
        </message>
        <message>
            <source>the briefing has no item %1</source>
            <translation>لا يحتوي الموجز على العنصر %1</translation>
        </message>
        <message>
            <source>a chart stop names no chart or data series</source>
            <translation>محطة المخطط لا تسمّي مخططًا ولا سلسلة بيانات</translation>
        </message>
        <message>
            <source>%1 is not a chart or data series of the briefing</source>
            <translation>%1 ليس مخططًا ولا سلسلة بيانات في الموجز</translation>
        </message>
        <message>
            <source>%1 is not an item or data point of the briefing</source>
            <translation>%1 ليس عنصرًا ولا نقطة بيانات في الموجز</translation>
        </message>
        <message>
            <source>nothing is highlighted</source>
            <translation>لا يُبرَز شيء</translation>
        </message>
        <message>
            <source>%1 is not an actor of the briefing</source>
            <translation>%1 ليس جهة فاعلة في الموجز</translation>
        </message>
        <message>
            <source>its lane is left out</source>
            <translation>يُحذف مساره</translation>
        </message>
        <message>
            <source>no event of the briefing has the category %1</source>
            <translation>لا يوجد في الموجز حدث من الفئة %1</translation>
        </message>
        <message>
            <source>%1 is not a scenario of the briefing</source>
            <translation>%1 ليس سيناريو في الموجز</translation>
        </message>
        <message>
            <source>it is left out of the comparison</source>
            <translation>يُحذف من المقارنة</translation>
        </message>
        <message>
            <source>a comparison shows at most three scenarios, and %1 is a fourth</source>
            <translation>تعرض المقارنة ثلاثة سيناريوهات على الأكثر، و%1 هو الرابع</translation>
        </message>
        <message>
            <source>it is left out</source>
            <translation>يُحذف</translation>
        </message>
        <message>
            <source>a comparison needs two or three scenarios of the briefing</source>
            <translation>تحتاج المقارنة إلى سيناريوهين أو ثلاثة من الموجز</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)</source>
            <translation>%1 ليس تاريخًا (YYYY أو YYYY-Qn أو YYYY-MM أو YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>the period is open on that side</source>
            <translation>تبقى الفترة مفتوحة من هذا الطرف</translation>
        </message>
        <message>
            <source>the period ends (%1) before it starts (%2)</source>
            <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2)</translation>
        </message>
        <message>
            <source>the whole span is shown</source>
            <translation>يُعرض المدى كله</translation>
        </message>
        <message>
            <source>the id is %1 characters long; at most %2</source>
            <translation>طول المُعرِّف %1 حرفًا؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>the title is %1 characters long; at most %2</source>
            <translation>طول العنوان %1 حرفًا؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>فيها %1 محطة؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>the notes are %1 characters long; at most %2</source>
            <translation>طول الملاحظات %1 حرفًا؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>it names %1 items; at most %2</source>
            <translation>تسمّي %1 عنصرًا؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>the budget is %1 seconds; it must be from 1 to %2</source>
            <translation>الوقت المخصص %1 ثانية؛ يجب أن يكون من 1 إلى %2</translation>
        </message>
        <message>
            <source>an id or date is %1 characters long; at most %2</source>
            <translation>طول مُعرِّف أو تاريخ %1 حرفًا؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>an id or lane is %1 characters long; at most %2</source>
            <translation>طول مُعرِّف أو مسار %1 حرفًا؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>All of the briefing</source>
            <translation>الموجز كله</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
    </context>
    <context>
        <name>BriefingReader</name>
        <message>
            <source>“%1” is locked by another program that is writing to it. Wait until it has finished (or close it), then open the file again.</source>
            <translation>«%1» مقفل من قِبل برنامج آخر يكتب فيه. انتظر حتى ينتهي (أو أغلقه)، ثم افتح الملف مرة أخرى.</translation>
        </message>
        <message>
            <source>“%1” is a SQLite database, but not a briefing: it was made by another program (application id %2). Open a .briefing file.</source>
            <translation>«%1» قاعدة بيانات SQLite، لكنه ليس موجزًا: فقد أنشأه برنامج آخر (مُعرِّف التطبيق %2). افتح ملفًا بامتداد ‎.briefing.</translation>
        </message>
        <message>
            <source>“%1” was made by a newer version of Briefing Viewer (format %2); this version reads format %3. Install a newer Briefing Viewer to open it.</source>
            <translation>أُنشئ «%1» بإصدار أحدث من Briefing Viewer (الصيغة %2)؛ وهذا الإصدار يقرأ الصيغة %3. ثبّت إصدارًا أحدث من Briefing Viewer لفتحه.</translation>
        </message>
        <message>
            <source>“%1” has no title row in its “briefing” table, so it is not a finished briefing. Make it again with the program that produced it.</source>
            <translation>لا يحتوي الجدول «briefing» في «%1» على صف العنوان، لذا فهو ليس موجزًا مكتملًا. أنشئه من جديد بالبرنامج الذي أنتجه.</translation>
        </message>
        <message>
            <source>The “briefing” table has more than one row; the first is used.</source>
            <translation>يحتوي الجدول «briefing» على أكثر من صف واحد؛ سيُستخدم الصف الأول.</translation>
        </message>
        <message>
            <source>Event “%1”: unknown date precision “%2” (expected year, month or day); its dates are read as days.</source>
            <translation>الحدث «%1»: دقة تاريخ غير معروفة «%2» (المتوقع year أو month أو day)؛ ستُقرأ تواريخه على أنها أيام.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed start date “%2” for precision “%3”; it is listed without a place in time.</source>
            <translation>الحدث «%1»: تاريخ بدء غير سليم «%2» للدقة «%3»؛ سيُدرج دون موضع على الخط الزمني.</translation>
        </message>
        <message>
            <source>Event “%1”: malformed end date “%2” for precision “%3”; it is shown as a single date.</source>
            <translation>الحدث «%1»: تاريخ انتهاء غير سليم «%2» للدقة «%3»؛ سيُعرض بتاريخ واحد.</translation>
        </message>
        <message>
            <source>Event “%1”: it ends (%2) before it starts (%3); it is shown as a single date.</source>
            <translation>الحدث «%1»: ينتهي (%2) قبل أن يبدأ (%3)؛ سيُعرض بتاريخ واحد.</translation>
        </message>
        <message>
            <source>Data series “%1”: unknown kind “%2” (expected time or categories); it is shown as categories.</source>
            <translation>سلسلة البيانات «%1»: نوع غير معروف «%2» (المتوقع time أو categories)؛ ستُعرض على أنها فئات.</translation>
        </message>
        <message numerus="yes">
            <source>%n data point(s) belong to the unknown series “%1” and are left out.</source>
            <translation>
                <numerusform>تنتمي %n نقطة بيانات إلى السلسلة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n نقطة بيانات إلى السلسلة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n نقطتا بيانات إلى السلسلة غير المعروفة «%1»، لذا استُبعدتا.</numerusform>
                <numerusform>تنتمي %n نقاط بيانات إلى السلسلة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n نقطة بيانات إلى السلسلة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n نقطة بيانات إلى السلسلة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” has no valid format version (it says %2; a briefing says 1 or %3). The program that made it did not finish it; make it again.</source>
            <translation>«%1» ليس له إصدار تنسيق صالح (يذكر %2؛ والموجز يذكر 1 أو %3). البرنامج الذي أنشأه لم يُكمله؛ أنشئه من جديد.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: its “%2” table has no “%3” column, which format %4 requires. The program that made it is faulty; make it again.</source>
            <translation>«%1» غير مكتمل: جدوله «%2» ليس فيه العمود «%3» الذي يتطلبه التنسيق %4. البرنامج الذي أنشأه معيب؛ أنشئه من جديد.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has no “%2” table, which every briefing of format %3 has. The program that made it is faulty; make it again.</source>
            <translation>«%1» غير مكتمل: ليس فيه الجدول «%2» الموجود في كل موجز بالتنسيق %3. البرنامج الذي أنشأه معيب؛ أنشئه من جديد.</translation>
        </message>
        <message>
            <source>Chart “%1”: unknown kind “%2” (expected line, bar, grouped_bar, stacked_bar, slope or dot); it is shown as lines.</source>
            <translation>المخطط «%1»: نوع غير معروف «%2» (المتوقع line أو bar أو grouped_bar أو stacked_bar أو slope أو dot)؛ يُعرض خطوطًا.</translation>
        </message>
        <message>
            <source>The “chart_series” table names the unknown chart “%1” (with series “%2”); the row is left out.</source>
            <translation>يذكر الجدول «chart_series» المخطط غير المعروف «%1» (مع السلسلة «%2»)؛ استُبعد الصف.</translation>
        </message>
        <message>
            <source>Chart “%1”: “%2” is not a data series of this briefing; it is left out of the chart.</source>
            <translation>المخطط «%1»: «%2» ليست سلسلة بيانات في هذا الموجز؛ استُبعدت من المخطط.</translation>
        </message>
        <message>
            <source>Chart “%1”: series “%2” is listed twice; it is shown once.</source>
            <translation>المخطط «%1»: السلسلة «%2» مذكورة مرتين؛ تُعرض مرة واحدة.</translation>
        </message>
        <message>
            <source>Chart “%1” has no data series; it is listed but draws nothing.</source>
            <translation>المخطط «%1» ليس فيه سلاسل بيانات؛ يُدرج في القائمة لكنه لا يرسم شيئًا.</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>«%1» (%2)</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>بلا وحدة</translation>
        </message>
        <message>
            <source>Chart “%1” mixes units: %2. Series of different units cannot share an axis; give the chart series of one unit.</source>
            <translation>المخطط «%1» يخلط الوحدات: %2. لا يمكن لسلاسل بوحدات مختلفة أن تتشارك محورًا؛ اجعل سلاسل المخطط بوحدة واحدة.</translation>
        </message>
        <message>
            <source>Chart “%1” mixes time series and category series; they cannot share an axis.</source>
            <translation>المخطط «%1» يخلط السلاسل الزمنية وسلاسل الفئات؛ لا يمكنها أن تتشارك محورًا.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it has paths, but no “%2” table (a briefing has all of %3 or none). The program that made it is faulty; make it again.</source>
            <translation>«%1» غير مكتمل: فيه جولات، لكن لا جدول «%2» فيه (يحتوي الموجز على كل الجداول %3 أو لا شيء منها). البرنامج الذي أنشأه معيب؛ أنشئه من جديد.</translation>
        </message>
        <message>
            <source>The briefing has more than %1 paths; only the first %1 are read.</source>
            <translation>في الموجز أكثر من %1 جولة؛ تُقرأ أول %1 منها فقط.</translation>
        </message>
        <message>
            <source>A path has an empty id or one longer than %1 characters; it is left out.</source>
            <translation>لجولةٍ مُعرِّف فارغ أو أطول من %1 حرفًا؛ تُحذف.</translation>
        </message>
        <message>
            <source>Path “default”: that id names the default path made from the content; the briefing's path of that id is left out. Give it another id.</source>
            <translation>الجولة «default»: يسمّي هذا المُعرِّف الجولة الافتراضية المكوَّنة من المحتوى؛ تُحذف جولة الموجز التي تحمله. أعطها مُعرِّفًا آخر.</translation>
        </message>
        <message>
            <source>Path “%1” is listed twice; the second is left out.</source>
            <translation>الجولة «%1» مُدرَجة مرتين؛ تُحذف الثانية.</translation>
        </message>
        <message>
            <source>Path “%1”: its title is longer than %2 characters; it is cut.</source>
            <translation>الجولة «%1»: عنوانها أطول من %2 حرفًا؛ يُقتطع.</translation>
        </message>
        <message>
            <source>Path “%1” has no title; its id is shown instead.</source>
            <translation>الجولة «%1» بلا عنوان؛ يُعرض مُعرِّفها بدلًا منه.</translation>
        </message>
        <message>
            <source>Path “%1”, stop %2: %3.</source>
            <translation>الجولة «%1»، المحطة %2: %3.</translation>
        </message>
        <message>
            <source>Path “%1” has more than %2 stops; only the first %2 are read.</source>
            <translation>في الجولة «%1» أكثر من %2 محطة؛ تُقرأ أول %2 منها فقط.</translation>
        </message>
        <message>
            <source>unknown kind “%1” (expected %2); the stop is left out</source>
            <translation>نوع غير معروف «%1» (المتوقع: %2)؛ تُحذف المحطة</translation>
        </message>
        <message>
            <source>its title is longer than %1 characters; it is cut</source>
            <translation>عنوانها أطول من %1 حرفًا؛ يُقتطع</translation>
        </message>
        <message>
            <source>its notes are longer than %1 characters; they are cut</source>
            <translation>ملاحظاتها أطول من %1 حرفًا؛ تُقتطع</translation>
        </message>
        <message>
            <source>its budget “%1” is not a whole number of seconds from 1 to %2; it has none</source>
            <translation>وقتها المخصص «%1» ليس عددًا صحيحًا من الثواني من 1 إلى %2؛ لا وقت لها</translation>
        </message>
        <message>
            <source>item_ids is not a JSON array of names; the stop names none</source>
            <translation>item_ids ليس مصفوفة JSON من الأسماء؛ لا تسمّي المحطة شيئًا</translation>
        </message>
        <message>
            <source>it names more than %1 items; only the first %1 are read</source>
            <translation>تسمّي أكثر من %1 عنصرًا؛ تُقرأ أول %1 منها فقط</translation>
        </message>
        <message>
            <source>Path “%1”, %2.</source>
            <translation>الجولة «%1»، %2.</translation>
        </message>
        <message>
            <source>Path “%1” has no stop that can be shown; it is left out.</source>
            <translation>ليس في الجولة «%1» محطة يمكن عرضها؛ تُحذف.</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) belong to the unknown path “%1” and are left out.</source>
            <translation>
                <numerusform>تنتمي %n محطة إلى الجولة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n محطة إلى الجولة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n محطتان إلى الجولة غير المعروفة «%1»، لذا استُبعدتا.</numerusform>
                <numerusform>تنتمي %n محطات إلى الجولة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n محطة إلى الجولة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
                <numerusform>تنتمي %n محطة إلى الجولة غير المعروفة «%1»، لذا استُبعدت.</numerusform>
            </translation>
        </message>
        <message>
            <source>the titles and notes of the briefing's paths are longer than %1 characters in all; from here on they are cut</source>
            <translation>عناوين جولات الموجز وملاحظاتها أطول من %1 حرف مجتمعةً؛ من هنا فصاعدًا تُقتطع</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its schema calls the function %2(), which Briefing Viewer lets no file it did not make call. The file may be sound, but a briefing needs no such function; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>رُفض «%1» حفاظًا على الأمان: يستدعي مخططه الدالة %2()، التي لا يسمح Briefing Viewer لأي ملف لم يُنشئه باستدعائها. قد يكون الملف سليمًا، لكن الموجز لا يحتاج إلى مثل هذه الدالة؛ اطلب ممن أنشأه نسخة مكتوبة بواسطة briefing-tool.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: a statement of its schema is longer than %2 characters, the most Briefing Viewer reads from a file it did not make. The file may be sound, but a briefing needs no such statement; ask whoever made it for a copy written by briefing-tool.</source>
            <translation>رُفض «%1» حفاظًا على الأمان: إحدى تعليمات مخططه أطول من %2 حرف، وهو أقصى ما يقرؤه Briefing Viewer من ملف لم يُنشئه. قد يكون الملف سليمًا، لكن الموجز لا يحتاج إلى مثل هذه التعليمة؛ اطلب ممن أنشأه نسخة مكتوبة بواسطة briefing-tool.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: it holds a text or value larger than %2 MB, the most Briefing Viewer reads from one field of a file. The file may be sound; shorten that text (or split it) and write the briefing again.</source>
            <translation>رُفض «%1» حفاظًا على الأمان: يحتوي على نص أو قيمة أكبر من %2 ميغابايت، وهو أقصى ما يقرؤه Briefing Viewer من حقل واحد في ملف. قد يكون الملف سليمًا؛ اختصر ذلك النص (أو قسّمه) ثم اكتب الموجز من جديد.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite found its pages or its schema inconsistent. Get a fresh copy of the briefing.</source>
            <translation>«%1» تالف: وجد SQLite صفحاته أو مخططه غير متّسقة. احصل على نسخة جديدة من الموجز.</translation>
        </message>
        <message>
            <source>“%1” cannot be read safely. If a “-journal” file lies beside it, a program was interrupted while writing it; open the briefing once in that program, or get a fresh copy.</source>
            <translation>تتعذّر قراءة «%1» بأمان. إذا وُجد بجانبه ملف «-journal» فهذا يعني أن برنامجًا قد توقف أثناء الكتابة فيه؛ افتح الموجز مرة واحدة في ذلك البرنامج، أو احصل على نسخة جديدة.</translation>
        </message>
        <message>
            <source>“%1” could not be read (SQLite error %2). Check that the file is a complete briefing.</source>
            <translation>تعذّرت قراءة «%1» (خطأ SQLite رقم %2). تحقّق من أن الملف موجز كامل.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of its pages found errors. Get a fresh copy of the briefing.</source>
            <translation>«%1» تالف: وجد فحص SQLite لصفحاته أخطاء. احصل على نسخة جديدة من الموجز.</translation>
        </message>
        <message>
            <source>“%1” is refused for safety: its “%2” is a virtual table (made by a module's code), where a briefing has an ordinary table. A briefing written by briefing-tool never has one; ask whoever made it for such a copy.</source>
            <translation>رُفض «%1» حفاظًا على الأمان: جدوله «%2» جدول افتراضي (تُنتجه شيفرة وحدة برمجية)، في حين أن للموجز جدولًا عاديًا في مكانه. الموجز المكتوب بواسطة briefing-tool لا يحتوي على مثله أبدًا؛ اطلب ممن أنشأه نسخة كهذه.</translation>
        </message>
    </context>
    <context>
        <name>BriefingUpgrade</name>
        <message>
            <source>table “%1”: %2</source>
            <translation>الجدول «%1»: %2</translation>
        </message>
        <message>
            <source>“%1” is the input itself; upgrade never writes in place. Name a new file.</source>
            <translation>«%1» هو ملف الإدخال نفسه؛ لا يكتب upgrade أبدًا في المكان نفسه. سمِّ ملفًا جديدًا.</translation>
        </message>
        <message numerus="yes">
            <source>point.status: “measured” for all %n point(s)</source>
            <translation>
                <numerusform>point.status: «measured» لكل النقاط (%n)</numerusform>
                <numerusform>point.status: «measured» لكل النقاط (%n)</numerusform>
                <numerusform>point.status: «measured» لكل النقاط (%n)</numerusform>
                <numerusform>point.status: «measured» لكل النقاط (%n)</numerusform>
                <numerusform>point.status: «measured» لكل النقاط (%n)</numerusform>
                <numerusform>point.status: «measured» لكل النقاط (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>point.precision of the time series, read from their labels: %1</source>
            <translation>point.precision للسلاسل الزمنية، مقروءة من تسمياتها: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message numerus="yes">
            <source>%n time-series point(s) whose label is not a period keep an empty precision (validate names them)</source>
            <translation>
                <numerusform>نقاط السلاسل الزمنية التي ليست تسميتها فترة (%n) تبقى بدقة فارغة (يسمّيها validate)</numerusform>
                <numerusform>نقاط السلاسل الزمنية التي ليست تسميتها فترة (%n) تبقى بدقة فارغة (يسمّيها validate)</numerusform>
                <numerusform>نقاط السلاسل الزمنية التي ليست تسميتها فترة (%n) تبقى بدقة فارغة (يسمّيها validate)</numerusform>
                <numerusform>نقاط السلاسل الزمنية التي ليست تسميتها فترة (%n) تبقى بدقة فارغة (يسمّيها validate)</numerusform>
                <numerusform>نقاط السلاسل الزمنية التي ليست تسميتها فترة (%n) تبقى بدقة فارغة (يسمّيها validate)</numerusform>
                <numerusform>نقاط السلاسل الزمنية التي ليست تسميتها فترة (%n) تبقى بدقة فارغة (يسمّيها validate)</numerusform>
            </translation>
        </message>
        <message>
            <source>point.item_id and point.break_note: empty</source>
            <translation>point.item_id وpoint.break_note: فارغان</translation>
        </message>
        <message>
            <source>the chart and chart_series tables: empty (every series keeps a chart of its own)</source>
            <translation>الجدولان chart وchart_series: فارغان (تحتفظ كل سلسلة بمخطط خاص بها)</translation>
        </message>
        <message>
            <source>a search index</source>
            <translation>فهرس بحث</translation>
        </message>
    </context>
    <context>
        <name>BriefingWriter</name>
        <message>
            <source>“%1” already exists; it was left as it is. Choose another name, or pass --force to replace it.</source>
            <translation>«%1» موجود مسبقًا؛ وقد تُرك كما هو. اختر اسمًا آخر، أو مرّر الخيار --force لاستبداله.</translation>
        </message>
        <message>
            <source>“%1” is a folder; name a file to write.</source>
            <translation>«%1» مجلد؛ حدّد اسم ملف للكتابة فيه.</translation>
        </message>
        <message>
            <source>The folder of “%1” does not exist; create it first.</source>
            <translation>مجلد «%1» غير موجود؛ أنشئه أولًا.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Check that the folder is writable and the disk has room.</source>
            <translation>تعذّرت كتابة «%1»: %2. تحقّق من أن المجلد قابل للكتابة وأن على القرص مساحة كافية.</translation>
        </message>
        <message>
            <source>Could not write the search index into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>تعذّرت كتابة فهرس البحث في «%1»: %2. وقد تُرك الملف كما كان. تحقّق من أنه قابل للكتابة وأنه لا يستخدمه برنامج آخر.</translation>
        </message>
        <message>
            <source>“%1” is of format %2, which has no paths; nothing was written. Write a copy in format 2 with “briefing-tool upgrade %1 OUT”, then add the path to it.</source>
            <translation>«%1» بالصيغة %2 التي لا جولات فيها؛ لم يُكتب شيء. اكتب نسخة بالصيغة 2 بالأمر «briefing-tool upgrade %1 OUT»، ثم أضف الجولة إليها.</translation>
        </message>
        <message>
            <source>its id must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>يجب أن يتكون مُعرِّفها من الحروف والأرقام و'-' و'_' و'.' فقط، وألا يكون فارغًا</translation>
        </message>
        <message>
            <source>its id “default” names the default path made from the content; choose another</source>
            <translation>مُعرِّفها «default» يسمّي الجولة الافتراضية المكوَّنة من المحتوى؛ اختر غيره</translation>
        </message>
        <message>
            <source>it has no title</source>
            <translation>لا عنوان لها</translation>
        </message>
        <message>
            <source>it has no stops</source>
            <translation>لا محطات فيها</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: the path “%2” does not fit it:
  %3</source>
            <translation>لم يُكتب شيء في «%1»: الجولة «%2» لا تلائمه:
  %3</translation>
        </message>
        <message>
            <source>Nothing was written to “%1”: it has %2 paths already, as many as a briefing can have.</source>
            <translation>لم يُكتب شيء في «%1»: فيه %2 جولة بالفعل، وهو أقصى ما يمكن أن يحتويه موجز.</translation>
        </message>
        <message>
            <source>Could not write the path into “%1”: %2. The file was left as it was. Check that it is writable and that no other program is using it.</source>
            <translation>تعذّرت كتابة الجولة في «%1»: %2. بقي الملف كما كان. تحقق من أنه قابل للكتابة وأن أي برنامج آخر لا يستخدمه.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. The existing file was left as it was. Check that the folder is writable and the disk has room.</source>
            <translation>تعذّرت كتابة «%1»: %2. تُرك الملف الموجود كما كان. تحقّق من أن المجلد قابل للكتابة وأن على القرص مساحة كافية.</translation>
        </message>
    </context>
    <context>
        <name>ChartFileExport</name>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>لا ينتهي «%1» بـ ‎.png أو ‎.svg أو ‎.pdf: سمِّ الملف المراد كتابته بأحدها.</translation>
        </message>
        <message>
            <source>“%1” has no charts: it holds no data series.</source>
            <translation>لا يحوي «%1» أي مخطط: ليس فيه سلاسل بيانات.</translation>
        </message>
        <message>
            <source>“%1” has no chart or series “%2”. Its charts: %3.</source>
            <translation>ليس في «%1» مخطط أو سلسلة «%2». مخططاته: %3.</translation>
        </message>
        <message>
            <source>No figure of “%1” names its source, so there is nothing to draw.</source>
            <translation>لا يذكر أي رقم من «%1» مصدره، لذا لا شيء يُرسم.</translation>
        </message>
    </context>
    <context>
        <name>DeepLink</name>
        <message>
            <source>“%1” is not a briefing link: those start with briefing://.</source>
            <translation>«%1» ليس رابط موجز: تبدأ هذه الروابط بـ briefing://.</translation>
        </message>
        <message>
            <source>The briefing link is %1 characters long; links longer than %2 are refused.</source>
            <translation>يبلغ طول رابط الموجز %1 حرفًا؛ وتُرفض الروابط التي يزيد طولها على %2.</translation>
        </message>
        <message>
            <source>The briefing link “%1” is malformed: it should be briefing://&lt;briefing id&gt;/&lt;item id&gt;, each part percent-encoded UTF-8.</source>
            <translation>رابط الموجز «%1» غير سليم: يجب أن يكون بالشكل briefing://&lt;مُعرِّف الموجز&gt;/&lt;مُعرِّف العنصر&gt;، وكل جزء بترميز UTF-8 مع ترميز النسبة المئوية.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no item: “%2” is not an item id.</source>
            <translation>لا يحدّد رابط الموجز «%1» أي عنصر: «%2» ليس مُعرِّف عنصر.</translation>
        </message>
        <message>
            <source>The briefing link “%1” names no briefing.</source>
            <translation>لا يحدّد رابط الموجز «%1» أي موجز.</translation>
        </message>
    </context>
    <context>
        <name>EventTimeIndex</name>
        <message>
            <source>No category</source>
            <translation>بلا فئة</translation>
        </message>
        <message>
            <source>No actor</source>
            <translation>بلا جهة فاعلة</translation>
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Security guarantees for Ukraine (sample)</source>
            <translation>الضمانات الأمنية لأوكرانيا (نموذج)</translation>
        </message>
        <message>
            <source>European defence spending</source>
            <translation>الإنفاق الدفاعي الأوروبي</translation>
        </message>
    </context>
    <context>
        <name>FileCheck</name>
        <message>
            <source>No file name was given. Name a .briefing file to open.</source>
            <translation>لم يُحدَّد اسم ملف. حدّد ملفًا بامتداد ‎.briefing لفتحه.</translation>
        </message>
        <message>
            <source>“%1” does not exist. Check the file name and folder, or pick the file with File &gt; Open.</source>
            <translation>«%1» غير موجود. تحقّق من اسم الملف والمجلد، أو اختر الملف من ملف &gt; فتح.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a briefing file. Open a .briefing file inside it.</source>
            <translation>«%1» مجلد، وليس ملف موجز. افتح ملفًا بامتداد ‎.briefing داخله.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (it is a device, pipe or socket). Open a .briefing file.</source>
            <translation>«%1» ليس ملفًا عاديًا (بل جهاز أو أنبوب أو مقبس). افتح ملفًا بامتداد ‎.briefing.</translation>
        </message>
        <message>
            <source>“%1” is empty (0 bytes). It was probably not saved or copied completely; get the briefing again from whoever sent it.</source>
            <translation>«%1» فارغ (0 بايت). على الأرجح لم يُحفظ أو يُنسخ بالكامل؛ احصل على الموجز مرة أخرى ممّن أرسله.</translation>
        </message>
        <message>
            <source>“%1” is not a briefing file: it is not a SQLite database. Open a .briefing file made by Briefing Viewer's briefing-tool or another program that writes this format.</source>
            <translation>«%1» ليس ملف موجز: فهو ليس قاعدة بيانات SQLite. افتح ملفًا بامتداد ‎.briefing أنشأته أداة briefing-tool من Briefing Viewer أو برنامج آخر يكتب هذه الصيغة.</translation>
        </message>
        <message>
            <source>“%1” is in SQLite's write-ahead-log mode, which cannot be read without writing beside the file. Convert it once with: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</source>
            <translation>«%1» في وضع سجل الكتابة المسبقة (write-ahead log) في SQLite، ولا يمكن قراءته في هذا الوضع دون الكتابة بجانب الملف. حوّله مرة واحدة بالأمر: sqlite3 "%1" "PRAGMA journal_mode=DELETE"</translation>
        </message>
        <message>
            <source>“%1” is damaged: its SQLite header names an impossible page size (%2). Get a fresh copy of the briefing.</source>
            <translation>«%1» تالف: تذكر ترويسة SQLite فيه حجم صفحة مستحيلًا (%2). احصل على نسخة جديدة من الموجز.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is only %2 bytes long, shorter than a SQLite header. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>«%1» غير مكتمل: حجمه %2 بايت فقط، وهو أقصر من ترويسة SQLite. على الأرجح انقطع أثناء التنزيل أو النسخ؛ انسخه مرة أخرى.</translation>
        </message>
        <message>
            <source>“%1” is incomplete: it is %2 bytes long, but its header says %3. It was probably cut short while downloading or copying; copy it again.</source>
            <translation>«%1» غير مكتمل: حجمه %2 بايت، لكن ترويسته تذكر %3. على الأرجح انقطع أثناء التنزيل أو النسخ؛ انسخه مرة أخرى.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: permission denied. Ask the file's owner for read access, or copy it to a folder of yours.</source>
            <translation>تتعذّر قراءة «%1»: الإذن مرفوض. اطلب من مالك الملف صلاحية القراءة، أو انسخه إلى مجلد خاص بك.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2. Check the disk or the place it is on, or copy the file to a folder of yours.</source>
            <translation>تتعذّر قراءة «%1»: %2. تحقّق من القرص أو المكان الذي يوجد فيه، أو انسخ الملف إلى مجلد خاص بك.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, %3 more than its header says (%4): something was added after its end. Get a fresh copy of the briefing.</source>
            <translation>«%1» تالف: حجمه %2 بايت، أي أكثر بمقدار %3 مما تذكره ترويسته (%4): أُضيف شيء بعد نهايته. احصل على نسخة جديدة من الموجز.</translation>
        </message>
        <message>
            <source>“%1” is damaged: it is %2 bytes long, not a whole number of its %3-byte pages, so it was cut short or added to. Get a fresh copy of the briefing.</source>
            <translation>«%1» تالف: حجمه %2 بايت، وليس عددًا صحيحًا من صفحاته ذات %3 بايت، فقد اقتُطع منه أو أُضيف إليه. احصل على نسخة جديدة من الموجز.</translation>
        </message>
    </context>
    <context>
        <name>FileReplacement</name>
        <message>
            <source>permission denied</source>
            <translation>الإذن مرفوض</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>القرص للقراءة فقط</translation>
        </message>
        <message>
            <source>a folder is in its place</source>
            <translation>يوجد مجلد في مكانه</translation>
        </message>
        <message>
            <source>could not create a temporary file beside it (%1)</source>
            <translation>تعذّر إنشاء ملف مؤقت بجانبه (%1)</translation>
        </message>
        <message>
            <source>could not write the new file to the disk (%1)</source>
            <translation>تعذّرت كتابة الملف الجديد على القرص (%1)</translation>
        </message>
        <message>
            <source>could not put the new file in its place (%1)</source>
            <translation>تعذّر وضع الملف الجديد في مكانه (%1)</translation>
        </message>
    </context>
    <context>
        <name>ItemField</name>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>العنوان الفرعي</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>الشكل القانوني</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>المصادقة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Preconditions</source>
            <translation>الشروط المسبقة</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>العواقب</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Locator</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
    </context>
    <context>
        <name>ItemHtml</name>
        <message>
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <source>No linked items.</source>
            <translation>لا توجد عناصر مرتبطة.</translation>
        </message>
        <message>
            <source>Data points</source>
            <translation>نقاط البيانات</translation>
        </message>
        <message>
            <source>This series has no data points.</source>
            <translation>لا تحتوي هذه السلسلة على نقاط بيانات.</translation>
        </message>
        <message>
            <source>Period or category</source>
            <translation>الفترة أو الفئة</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>لا قيمة</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>The first %1 of %2 points are shown.</source>
            <translation>تُعرض النقاط الـ%1 الأولى من أصل %2.</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>The series “%1” has no point “%2”.</source>
            <translation>لا تحتوي السلسلة «%1» على النقطة «%2».</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>نقطة بيانات</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>السلسلة</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <source>What relies on this figure</source>
            <translation>ما يستند إلى هذا الرقم</translation>
        </message>
        <message>
            <source>No event, scenario, guarantee or question of this briefing relies on it.</source>
            <translation>لا يستند إليه أي حدث أو سيناريو أو ضمانة أو سؤال في هذا الموجز.</translation>
        </message>
        <message>
            <source>Id: %1</source>
            <translation>المُعرِّف: %1</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Select a guarantee, scenario, event, data series, source or question to see all its fields here, with every item linked to it.</source>
            <translation>اختر ضمانة أو سيناريو أو حدثًا أو سلسلة بيانات أو مصدرًا أو سؤالًا لترى هنا جميع حقوله، مع كل عنصر مرتبط به.</translation>
        </message>
        <message>
            <source>Nothing is selected.</source>
            <translation>لم يُحدَّد أي شيء.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>None stated</source>
            <translation>لا شيء مذكور</translation>
        </message>
        <message>
            <source>(scale: %1)</source>
            <translation>(المقياس: %1)</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>السيناريو %1</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>الاحتمالية</translation>
        </message>
        <message>
            <source>unreadable date “%1”</source>
            <translation>تاريخ غير مقروء «%1»</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>سلسلة زمنية</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>فئات</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Built-in sample briefing</source>
            <translation>الموجز النموذجي المدمج</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>السيناريوهات</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>This briefing names no sources.</source>
            <translation>لا يذكر هذا الموجز أي مصادر.</translation>
        </message>
        <message>
            <source>%1 more in the Sources list.</source>
            <translation>%1 أخرى في قائمة المصادر.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) while opening</source>
            <translation>
                <numerusform>%n تحذير أثناء الفتح</numerusform>
                <numerusform>%n تحذير أثناء الفتح</numerusform>
                <numerusform>%n تحذيران أثناء الفتح</numerusform>
                <numerusform>%n تحذيرات أثناء الفتح</numerusform>
                <numerusform>%n تحذيرًا أثناء الفتح</numerusform>
                <numerusform>%n تحذير أثناء الفتح</numerusform>
            </translation>
        </message>
        <message>
            <source>not translated; shown in %1</source>
            <translation>غير مترجم؛ يُعرض باللغة %1</translation>
        </message>
        <message>
            <source>translation may be out of date</source>
            <translation>قد تكون الترجمة قديمة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>انقطاع في السلسلة</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>يمثّل</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown of more than %1 characters is not formatted.</source>
            <translation>يُعرض كنص عادي: لا يُنسَّق Markdown الذي يزيد على %1 حرف.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown nested more than %1 levels deep is not formatted.</source>
            <translation>يُعرض كنص عادي: لا يُنسَّق Markdown المتداخل لأكثر من %1 مستوى.</translation>
        </message>
        <message>
            <source>Shown as plain text: Markdown with more than %1 emphasis, code or link marks is not formatted.</source>
            <translation>يُعرض كنص عادي: لا يُنسَّق Markdown الذي يحوي أكثر من %1 علامة تأكيد أو شيفرة أو رابط.</translation>
        </message>
        <message>
            <source>Only the first %1 of %2 characters are shown: the viewer shows no more of one text.</source>
            <translation>تُعرض أول %1 من %2 حرفًا فقط: لا يعرض العارض أكثر من ذلك من نص واحد.</translation>
        </message>
        <message>
            <source>Show all (%1 characters)</source>
            <translation>عرض الكل (%1 حرفًا)</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Your notes are off: the folder of your library “%1” could not be created. Check that your home folder is writable.</source>
            <translation>ملاحظاتك معطّلة: تعذّر إنشاء مجلد مكتبتك «%1». تحقّق من أن مجلد المنزل قابل للكتابة.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” cannot be read (permission denied). Give yourself read and write permission on it.</source>
            <translation>ملاحظاتك معطّلة: تتعذّر قراءة مكتبتك «%1» (رُفض الإذن). امنح نفسك إذن القراءة والكتابة عليها.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be opened (%2).</source>
            <translation>ملاحظاتك معطّلة: تعذّر فتح مكتبتك «%1» (%2).</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is damaged (%2). It was left as it is; you can move it aside and start a new library.</source>
            <translation>ملاحظاتك معطّلة: مكتبتك «%1» تالفة (%2). تُركت كما هي؛ يمكنك نقلها جانبًا وبدء مكتبة جديدة.</translation>
        </message>
        <message>
            <source>Your notes are off: “%1” is not a Briefing Viewer library. It was left as it is; move it away or start a new library.</source>
            <translation>ملاحظاتك معطّلة: «%1» ليس مكتبة Briefing Viewer. تُرك الملف كما هو؛ انقله إلى مكان آخر أو ابدأ مكتبة جديدة.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” was made by a newer Briefing Viewer (library version %2; this one knows %3). Update Briefing Viewer.</source>
            <translation>ملاحظاتك معطّلة: أُنشئت مكتبتك «%1» بإصدار أحدث من Briefing Viewer (إصدار المكتبة %2؛ وهذا الإصدار يعرف %3). حدّث Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” is read-only and must be brought up to date first. Make it writable.</source>
            <translation>ملاحظاتك معطّلة: مكتبتك «%1» للقراءة فقط ويجب تحديثها أولًا. اجعلها قابلة للكتابة.</translation>
        </message>
        <message>
            <source>Your notes are read-only: your library “%1” cannot be written. Make it writable to add or change notes.</source>
            <translation>ملاحظاتك للقراءة فقط: تتعذّر الكتابة في مكتبتك «%1». اجعلها قابلة للكتابة لإضافة الملاحظات أو تغييرها.</translation>
        </message>
        <message>
            <source>Your notes are off: your library “%1” could not be brought up to date (%2). It was left as it was.</source>
            <translation>ملاحظاتك معطّلة: تعذّر تحديث مكتبتك «%1» (%2). تُركت كما كانت.</translation>
        </message>
        <message>
            <source>Your library “%1” could not be moved aside; your notes stay off. Check that its folder is writable.</source>
            <translation>تعذّر نقل مكتبتك «%1» جانبًا؛ تبقى ملاحظاتك معطّلة. تحقّق من أن مجلدها قابل للكتابة.</translation>
        </message>
        <message>
            <source>Your library is not open.</source>
            <translation>مكتبتك غير مفتوحة.</translation>
        </message>
        <message>
            <source>Could not save %1: the disk holding your library “%2” is full. Your notes are read-only until you free some space.</source>
            <translation>تعذّر حفظ %1: القرص الذي يحمل مكتبتك «%2» ممتلئ. ملاحظاتك للقراءة فقط إلى أن تحرّر بعض المساحة.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” cannot be written. Your notes are read-only until it is writable again.</source>
            <translation>تعذّر حفظ %1: تتعذّر الكتابة في مكتبتك «%2». ملاحظاتك للقراءة فقط إلى أن تصبح قابلة للكتابة مجددًا.</translation>
        </message>
        <message>
            <source>Could not save %1: your library “%2” is damaged. It was left as it is; you can move it aside and start a new library.</source>
            <translation>تعذّر حفظ %1: مكتبتك «%2» تالفة. تُركت كما هي؛ يمكنك نقلها جانبًا وبدء مكتبة جديدة.</translation>
        </message>
        <message>
            <source>Could not save %1 in your library “%2”: %3.</source>
            <translation>تعذّر حفظ %1 في مكتبتك «%2»: %3.</translation>
        </message>
        <message>
            <source>the note</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>the deletion</source>
            <translation>الحذف</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>الموجز</translation>
        </message>
        <message>
            <source>the bookmark</source>
            <translation>الإشارة المرجعية</translation>
        </message>
        <message>
            <source>the reading position</source>
            <translation>موضع القراءة</translation>
        </message>
        <message>
            <source>The path was not saved: no briefing is open.</source>
            <translation>لم تُحفظ الجولة: لا يوجد موجز مفتوح.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: a path's id may hold letters, digits, '-', '_' and '.' only.</source>
            <translation>لم تُحفظ الجولة «%1»: لا يجوز أن يحتوي مُعرِّف الجولة إلا على الحروف والأرقام و'-' و'_' و'.'.</translation>
        </message>
        <message>
            <source>The path was not saved: it needs a title.</source>
            <translation>لم تُحفظ الجولة: تحتاج إلى عنوان.</translation>
        </message>
        <message>
            <source>The path “%1” was not saved: %2.</source>
            <translation>لم تُحفظ الجولة «%1»: %2.</translation>
        </message>
        <message>
            <source>the path</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>the deletion of the path</source>
            <translation>حذف الجولة</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it names no briefing or path.</source>
            <translation>لم يُحفظ التمرين: لا يسمّي موجزًا ولا جولة.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: it must time from 1 to %1 stops, not %2.</source>
            <translation>لم يُحفظ التمرين: يجب أن يوقّت من 1 إلى %1 محطة، لا %2.</translation>
        </message>
        <message>
            <source>The rehearsal was not saved: %1 is not a time in seconds.</source>
            <translation>لم يُحفظ التمرين: %1 ليس وقتًا بالثواني.</translation>
        </message>
        <message>
            <source>the rehearsal</source>
            <translation>التمرين</translation>
        </message>
        <message>
            <source>The last stop shown was not saved: stop %1 of path “%2” is not a stop.</source>
            <translation>لم تُحفظ آخر محطة معروضة: المحطة %1 من الجولة «%2» ليست محطة.</translation>
        </message>
        <message>
            <source>the last stop shown</source>
            <translation>آخر محطة معروضة</translation>
        </message>
        <message>
            <source>No library is open to copy.</source>
            <translation>لا توجد مكتبة مفتوحة لنسخها.</translation>
        </message>
        <message>
            <source>“%1” exists already; it was left as it is.</source>
            <translation>«%1» موجود بالفعل؛ وقد تُرك كما هو.</translation>
        </message>
        <message>
            <source>Your library could not be copied to “%1” (%2).</source>
            <translation>تعذّر نسخ مكتبتك إلى «%1» (%2).</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommands</name>
        <message>
            <source>The library file (default: %1).</source>
            <translation>ملف المكتبة (الافتراضي: %1).</translation>
        </message>
        <message>
            <source>markdown (the default) or json.</source>
            <translation>markdown (الافتراضي) أو json.</translation>
        </message>
        <message>
            <source>briefing-tool: --format is markdown or json, not “%1”.</source>
            <translation>briefing-tool: قيمة --format هي markdown أو json، وليست «%1».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no item “%2”; no note was written.</source>
            <translation>briefing-tool: لا يحتوي «%1» على العنصر «%2»؛ لم تُكتب أي ملاحظة.</translation>
        </message>
        <message>
            <source>Saved note %1 on “%2”.</source>
            <translation>حُفظت الملاحظة %1 على «%2».</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2.</source>
            <translation>briefing-tool: تتعذّر قراءة «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>NoteExchange</name>
        <message>
            <source>Notes on %1</source>
            <translation>ملاحظات على %1</translation>
        </message>
        <message>
            <source>Item %1, written on edition %2, last changed %3</source>
            <translation>العنصر %1، كُتبت على الإصدار %2، آخر تغيير %3</translation>
        </message>
        <message>
            <source>(none stated)</source>
            <translation>(غير مذكور)</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) added</source>
            <translation>
                <numerusform>أُضيفت %n ملاحظة</numerusform>
                <numerusform>أُضيفت %n ملاحظة</numerusform>
                <numerusform>أُضيفت %n ملاحظتان</numerusform>
                <numerusform>أُضيفت %n ملاحظات</numerusform>
                <numerusform>أُضيفت %n ملاحظة</numerusform>
                <numerusform>أُضيفت %n ملاحظة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>حُدّثت: %n</numerusform>
                <numerusform>حُدّثت: %n</numerusform>
                <numerusform>حُدّثت: %n</numerusform>
                <numerusform>حُدّثت: %n</numerusform>
                <numerusform>حُدّثت: %n</numerusform>
                <numerusform>حُدّثت: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>موجودة أصلًا: %n</numerusform>
                <numerusform>موجودة أصلًا: %n</numerusform>
                <numerusform>موجودة أصلًا: %n</numerusform>
                <numerusform>موجودة أصلًا: %n</numerusform>
                <numerusform>موجودة أصلًا: %n</numerusform>
                <numerusform>موجودة أصلًا: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>The notes file is not JSON (%1 at byte %2).</source>
            <translation>ملف الملاحظات ليس بصيغة JSON (%1 عند البايت %2).</translation>
        </message>
        <message>
            <source>The file is JSON but not Briefing Viewer notes (its "format" is not "%1").</source>
            <translation>الملف بصيغة JSON لكنه ليس ملاحظات Briefing Viewer (قيمة "format" فيه ليست "%1").</translation>
        </message>
        <message>
            <source>The notes were exported by a newer Briefing Viewer (notes format %1); update Briefing Viewer.</source>
            <translation>صُدّرت الملاحظات بإصدار أحدث من Briefing Viewer (صيغة الملاحظات %1)؛ حدّث Briefing Viewer.</translation>
        </message>
        <message>
            <source>Your library cannot be written.</source>
            <translation>تتعذّر الكتابة في مكتبتك.</translation>
        </message>
        <message>
            <source>Note %1 of the file is incomplete (it needs an id, a briefing id, an item id and a time of change); nothing was imported.</source>
            <translation>الملاحظة %1 في الملف ناقصة (تحتاج إلى مُعرِّف ومُعرِّف موجز ومُعرِّف عنصر ووقت تغيير)؛ لم يُستورد شيء.</translation>
        </message>
    </context>
    <context>
        <name>PartialDate</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 its number (1 to 4), %2 the year</extracomment>
            <translation>الربع %1 %2</translation>
        </message>
    </context>
    <context>
        <name>PathCommands</name>
        <message>
            <source>lanes of actors %1</source>
            <translation>مسارات الجهات الفاعلة %1</translation>
        </message>
        <message>
            <source>lanes %1</source>
            <translation>المسارات %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>highlight %1</source>
            <translation>إبراز %1</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>الوقت المخصص %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n stop(s)</source>
            <translation>
                <numerusform>%1، %n محطة</numerusform>
                <numerusform>%1، %n محطة</numerusform>
                <numerusform>%1، %n محطتان</numerusform>
                <numerusform>%1، %n محطات</numerusform>
                <numerusform>%1، %n محطة</numerusform>
                <numerusform>%1، %n محطة</numerusform>
            </translation>
        </message>
        <message>
            <source>notes: %1</source>
            <translation>الملاحظات: %1</translation>
        </message>
        <message>
            <source>briefing-tool: cannot read “%1”: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool: تتعذّر قراءة «%1»: %2. لم يُكتب شيء في «%3».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is larger than a path can be (%2 MB at most). Nothing was written to “%3”.</source>
            <translation>briefing-tool: «%1» أكبر مما يمكن أن تكون عليه جولة (%2 ميغابايت على الأكثر). لم يُكتب شيء في «%3».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is not a path that can be added: %2. Nothing was written to “%3”.</source>
            <translation>briefing-tool: «%1» ليس جولة يمكن إضافتها: %2. لم يُكتب شيء في «%3».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” has no 'id': a path in a briefing needs one (letters, digits, '-', '_' and '.'). Nothing was written to “%2”.</source>
            <translation>briefing-tool: «%1» بلا 'id': تحتاج الجولة في الموجز إلى مُعرِّف (حروف وأرقام و'-' و'_' و'.'). لم يُكتب شيء في «%2».</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is a path for the briefing “%2”, but “%3” is “%4”. Nothing was written.</source>
            <translation>briefing-tool: «%1» جولة للموجز «%2»، لكن «%3» هو «%4». لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>briefing-tool: the path written into “%1” does not read back as written; please report this as a bug.</source>
            <translation>briefing-tool: الجولة المكتوبة في «%1» لا تُقرأ كما كُتبت؛ يُرجى الإبلاغ عن ذلك بوصفه خطأً برمجيًا.</translation>
        </message>
        <message numerus="yes">
            <source>Replaced the path “%1” (“%2”, %n stop(s)) in %3.</source>
            <translation>
                <numerusform>استُبدلت الجولة «%1» («%2»، %n محطة) في %3.</numerusform>
                <numerusform>استُبدلت الجولة «%1» («%2»، %n محطة) في %3.</numerusform>
                <numerusform>استُبدلت الجولة «%1» («%2»، %n محطتان) في %3.</numerusform>
                <numerusform>استُبدلت الجولة «%1» («%2»، %n محطات) في %3.</numerusform>
                <numerusform>استُبدلت الجولة «%1» («%2»، %n محطة) في %3.</numerusform>
                <numerusform>استُبدلت الجولة «%1» («%2»، %n محطة) في %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added the path “%1” (“%2”, %n stop(s)) to %3.</source>
            <translation>
                <numerusform>أُضيفت الجولة «%1» («%2»، %n محطة) إلى %3.</numerusform>
                <numerusform>أُضيفت الجولة «%1» («%2»، %n محطة) إلى %3.</numerusform>
                <numerusform>أُضيفت الجولة «%1» («%2»، %n محطتان) إلى %3.</numerusform>
                <numerusform>أُضيفت الجولة «%1» («%2»، %n محطات) إلى %3.</numerusform>
                <numerusform>أُضيفت الجولة «%1» («%2»، %n محطة) إلى %3.</numerusform>
                <numerusform>أُضيفت الجولة «%1» («%2»، %n محطة) إلى %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also list your own paths from your library.</source>
            <translation>اعرض أيضًا جولاتك الخاصة من مكتبتك.</translation>
        </message>
        <message>
            <source>The library file (default: %1).</source>
            <translation>ملف المكتبة (الافتراضي: %1).</translation>
        </message>
        <message>
            <source>Paths of “%1” (%2):</source>
            <translation>جولات «%1» (%2):</translation>
        </message>
        <message>
            <source>made from the content</source>
            <translation>مكوَّنة من المحتوى</translation>
        </message>
        <message>
            <source>in the file</source>
            <translation>في الملف</translation>
        </message>
        <message>
            <source>yours, in your library</source>
            <translation>جولتك، في مكتبتك</translation>
        </message>
        <message>
            <source>The file has no paths of its own; “briefing-tool add-path %1 PATH.json” adds one.</source>
            <translation>ليس للملف جولات خاصة به؛ يضيف الأمر «briefing-tool add-path %1 PATH.json» جولة.</translation>
        </message>
    </context>
    <context>
        <name>PathExchange</name>
        <message>
            <source>“%1” was not imported: open the briefing the path is for first.</source>
            <translation>لم يُستورد «%1»: افتح أولًا الموجز الذي أُعدّت له الجولة.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>لم يُستورد «%1»: إنه أكبر مما يمكن أن تكون عليه جولة (%2 ميغابايت على الأكثر).</translation>
        </message>
        <message>
            <source>“%1” is not a briefing path that can be imported: %2.</source>
            <translation>«%1» ليس جولة موجز يمكن استيرادها: %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it does not say which briefing it is for ('briefing_id'); export the path from Briefing Viewer again.</source>
            <translation>لم يُستورد «%1»: لا يذكر الموجز الذي أُعدّ له ('briefing_id')؛ صدِّر الجولة من Briefing Viewer مجددًا.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is a path for the briefing “%2”, not for the open “%3”. Open that briefing, then import it.</source>
            <translation>لم يُستورد «%1»: إنه جولة للموجز «%2»، لا للموجز المفتوح «%3». افتح ذلك الموجز، ثم استوردها.</translation>
        </message>
        <message>
            <source>“%1” was not imported: the open briefing has none of the items its stops show (%2).</source>
            <translation>لم يُستورد «%1»: لا يحتوي الموجز المفتوح على أي من العناصر التي تعرضها محطاته (%2).</translation>
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation>لم يُستورد «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>PathJson</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>'%1' is missing</source>
            <translation>'%1' مفقود</translation>
        </message>
        <message>
            <source>'%1' must be a string</source>
            <translation>يجب أن يكون '%1' سلسلة نصية</translation>
        </message>
        <message>
            <source>'%1' must not be empty</source>
            <translation>يجب ألا يكون '%1' فارغًا</translation>
        </message>
        <message>
            <source>'%1' must be a list of names (strings, none empty)</source>
            <translation>يجب أن يكون '%1' قائمة أسماء (سلاسل نصية، ليس بينها فارغ)</translation>
        </message>
        <message>
            <source>'%1' is not a key of %2 (see docs/format.md)</source>
            <translation>'%1' ليس مفتاحًا %2 (انظر docs/format.md)</translation>
        </message>
        <message>
            <source>stop %1</source>
            <translation>المحطة %1</translation>
        </message>
        <message>
            <source>must be an object with a 'kind'</source>
            <translation>يجب أن تكون كائنًا فيه 'kind'</translation>
        </message>
        <message>
            <source>'kind' must be one of %1</source>
            <translation>يجب أن يكون 'kind' واحدًا من %1</translation>
        </message>
        <message>
            <source>a stop of kind '%1'</source>
            <translation>لمحطة من النوع '%1'</translation>
        </message>
        <message>
            <source>'%1' must be a whole number of seconds from 1 to %2, or null</source>
            <translation>يجب أن يكون '%1' عددًا صحيحًا من الثواني من 1 إلى %2، أو null</translation>
        </message>
        <message>
            <source>'%1' must be true or false</source>
            <translation>يجب أن يكون '%1' true أو false</translation>
        </message>
        <message>
            <source>'%1' must name two or three scenarios</source>
            <translation>يجب أن يسمّي '%1' سيناريوهين أو ثلاثة</translation>
        </message>
        <message>
            <source>'%1' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD</source>
            <translation>يجب أن يكون '%1' تاريخًا: YYYY أو YYYY-Qn أو YYYY-MM أو YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the JSON is not an object with a path's 'format', 'title' and 'stops'</source>
            <translation>ليس JSON كائنًا فيه 'format' و'title' و'stops' الخاصة بجولة</translation>
        </message>
        <message>
            <source>'format' must be "%1": this is not a Briefing Viewer path</source>
            <translation>يجب أن يكون 'format' "%1": هذه ليست جولة من Briefing Viewer</translation>
        </message>
        <message>
            <source>'version' must be a whole number (%1 for this format)</source>
            <translation>يجب أن يكون 'version' عددًا صحيحًا (%1 لهذه الصيغة)</translation>
        </message>
        <message>
            <source>the path is of version %1, from a newer Briefing Viewer (this one reads version %2); update Briefing Viewer</source>
            <translation>الجولة من الإصدار %1، من Briefing Viewer أحدث (يقرأ هذا الإصدار %2)؛ حدِّث Briefing Viewer</translation>
        </message>
        <message>
            <source>a path</source>
            <translation>للجولة</translation>
        </message>
        <message>
            <source>'id' must be letters, digits, '-', '_' and '.' only, and not empty</source>
            <translation>يجب أن يتكون 'id' من الحروف والأرقام و'-' و'_' و'.' فقط، وألا يكون فارغًا</translation>
        </message>
        <message>
            <source>'stops' must be a list of at least one stop</source>
            <translation>يجب أن يكون 'stops' قائمة بمحطة واحدة على الأقل</translation>
        </message>
        <message>
            <source>it has %1 stops; at most %2</source>
            <translation>فيها %1 محطة؛ الحد الأقصى %2</translation>
        </message>
        <message>
            <source>it is not JSON (%1 at byte %2)</source>
            <translation>ليس JSON (%1 عند البايت %2)</translation>
        </message>
    </context>
    <context>
        <name>PointCheck</name>
        <message>
            <source>The data points could not be read: %1</source>
            <translation>تعذّرت قراءة نقاط البيانات: %1</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown status “%3” (expected measured, provisional, estimate, projection or target); it is read as measured.</source>
            <translation>سلسلة البيانات «%1»، النقطة «%2»: حالة غير معروفة «%3» (المتوقع measured أو provisional أو estimate أو projection أو target)؛ تُقرأ على أنها measured.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: item_id “%3” is not an item of this briefing; the point is tied to nothing.</source>
            <translation>سلسلة البيانات «%1»، النقطة «%2»: item_id «%3» ليس عنصرًا في هذا الموجز؛ النقطة غير مرتبطة بشيء.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD); the point cannot be placed in time and charts leave it out.</source>
            <translation>سلسلة البيانات «%1»، النقطة «%2»: التسمية ليست فترة (YYYY أو YYYY-Qn أو YYYY-MM أو YYYY-MM-DD)؛ لا يمكن وضع النقطة في الزمن وتستبعدها المخططات.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: unknown precision “%3” (expected year, quarter, month or day); it is read from the label.</source>
            <translation>سلسلة البيانات «%1»، النقطة «%2»: دقة غير معروفة «%3» (المتوقع year أو quarter أو month أو day)؛ تُقرأ من التسمية.</translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: the label does not parse at its precision “%3” (expected %4); the point cannot be placed in time and charts leave it out.</source>
            <translation>سلسلة البيانات «%1»، النقطة «%2»: لا تُقرأ التسمية بدقتها «%3» (المتوقع %4)؛ لا يمكن وضع النقطة في الزمن وتستبعدها المخططات.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more data point(s) with the same problem.</source>
            <translation>
                <numerusform>… و%n نقطة بيانات أخرى بالمشكلة نفسها.</numerusform>
                <numerusform>… و%n نقطة بيانات أخرى بالمشكلة نفسها.</numerusform>
                <numerusform>… و%n نقطة بيانات أخرى بالمشكلة نفسها.</numerusform>
                <numerusform>… و%n نقطة بيانات أخرى بالمشكلة نفسها.</numerusform>
                <numerusform>… و%n نقطة بيانات أخرى بالمشكلة نفسها.</numerusform>
                <numerusform>… و%n نقطة بيانات أخرى بالمشكلة نفسها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Data series “%1”, point “%2”: its value “%3” is not a finite number; it is shown as a gap.</source>
            <translation>سلسلة البيانات «%1»، النقطة «%2»: قيمتها «%3» ليست عددًا منتهيًا؛ تُعرض كفجوة.</translation>
        </message>
    </context>
    <context>
        <name>SceneExport</name>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>تعذّرت كتابة «%1»: %2. اختر مجلدًا يمكنك الكتابة فيه.</translation>
        </message>
    </context>
    <context>
        <name>SearchIndexBuilder</name>
        <message>
            <source>the items could not be read</source>
            <translation>تعذّرت قراءة العناصر</translation>
        </message>
        <message>
            <source>the translations could not be read</source>
            <translation>تعذّرت قراءة الترجمات</translation>
        </message>
        <message>
            <source>the briefing has no “briefing” row</source>
            <translation>لا يحتوي الموجز على صف «briefing»</translation>
        </message>
    </context>
    <context>
        <name>SqliteConnection</name>
        <message>
            <source>Qt's SQLite driver gave no database handle.</source>
            <translation>لم يُرجع مشغّل SQLite في Qt مقبضًا لقاعدة البيانات.</translation>
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <source>Q%1 %2</source>
            <extracomment>Quarter of a year on the time axis: %1 is 1 to 4, %2 the year</extracomment>
            <translation>الربع %1 %2</translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>This briefing has no dated events.</source>
            <translation>لا يحتوي هذا الموجز على أحداث مؤرخة.</translation>
        </message>
    </context>
    <context>
        <name>ToolCommands</name>
        <message numerus="yes">
            <source>expected %n argument(s) after the command; see briefing-tool --help</source>
            <translation>
                <numerusform>يُنتظر %n وسيط بعد الأمر؛ راجع briefing-tool --help</numerusform>
                <numerusform>يُنتظر %n وسيط بعد الأمر؛ راجع briefing-tool --help</numerusform>
                <numerusform>يُنتظر %n وسيطان بعد الأمر؛ راجع briefing-tool --help</numerusform>
                <numerusform>يُنتظر %n وسائط بعد الأمر؛ راجع briefing-tool --help</numerusform>
                <numerusform>يُنتظر %n وسيطًا بعد الأمر؛ راجع briefing-tool --help</numerusform>
                <numerusform>يُنتظر %n وسيط بعد الأمر؛ راجع briefing-tool --help</numerusform>
            </translation>
        </message>
        <message>
            <source>actors</source>
            <translation>الجهات الفاعلة</translation>
        </message>
        <message>
            <source>guarantees</source>
            <translation>الضمانات</translation>
        </message>
        <message>
            <source>scenarios</source>
            <translation>السيناريوهات</translation>
        </message>
        <message>
            <source>events</source>
            <translation>الأحداث</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>data series</source>
            <translation>سلاسل البيانات</translation>
        </message>
        <message>
            <source>FAQ entries</source>
            <translation>الأسئلة الشائعة</translation>
        </message>
        <message>
            <source>links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>الترجمات</translation>
        </message>
        <message>
            <source>data points</source>
            <translation>نقاط البيانات</translation>
        </message>
        <message>
            <source>briefing-tool: unknown command “%1”.</source>
            <translation>briefing-tool: أمر غير معروف «%1».</translation>
        </message>
        <message>
            <source>%1: a valid briefing (format %2), “%3”</source>
            <translation>%1: موجز صالح (الصيغة %2)، «%3»</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>تحذير: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n تحذير</numerusform>
                <numerusform>%n تحذير</numerusform>
                <numerusform>%n تحذيران</numerusform>
                <numerusform>%n تحذيرات</numerusform>
                <numerusform>%n تحذيرًا</numerusform>
                <numerusform>%n تحذير</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>العنوان الفرعي</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>المُعرِّف</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>المحتويات:</translation>
        </message>
        <message>
            <source>File size: %1 bytes</source>
            <translation>حجم الملف: %1 بايت</translation>
        </message>
        <message>
            <source>Replace OUT if it exists.</source>
            <translation>استبدال OUT إن كان موجودًا.</translation>
        </message>
        <message>
            <source>Wrote the sample briefing to %1</source>
            <translation>كُتب الموجز النموذجي إلى %1</translation>
        </message>
        <message>
            <source>Number of events.</source>
            <translation>عدد الأحداث.</translation>
        </message>
        <message>
            <source>Number of data series.</source>
            <translation>عدد سلاسل البيانات.</translation>
        </message>
        <message>
            <source>Points per series.</source>
            <translation>عدد النقاط في كل سلسلة.</translation>
        </message>
        <message>
            <source>Number of FAQ entries.</source>
            <translation>عدد الأسئلة الشائعة.</translation>
        </message>
        <message>
            <source>Content languages, the source included.</source>
            <translation>عدد لغات المحتوى، بما فيها لغة المصدر.</translation>
        </message>
        <message>
            <source>Seed of the generator.</source>
            <translation>البذرة الابتدائية للمولِّد.</translation>
        </message>
        <message>
            <source>briefing-tool: --%1 needs a whole number from 0 to %2, not “%3”.</source>
            <translation>briefing-tool: يتطلب الخيار --%1 عددًا صحيحًا من 0 إلى %2، وليس «%3».</translation>
        </message>
        <message>
            <source>briefing-tool: --seed needs a whole number, not “%1”.</source>
            <translation>briefing-tool: يتطلب الخيار --seed عددًا صحيحًا، وليس «%1».</translation>
        </message>
        <message>
            <source>Wrote %1: %2 events, %3 series of %4 points, %5 FAQ entries, %6 language(s) in %7 s</source>
            <translation>كُتب %1: الأحداث: %2، السلاسل: %3 (في كل منها %4 من النقاط)، الأسئلة الشائعة: %5، اللغات: %6، في %7 ثانية</translation>
        </message>
        <message>
            <source>Content language to search.</source>
            <translation>لغة المحتوى المراد البحث فيها.</translation>
        </message>
        <message>
            <source>Could not build a search index for %1.</source>
            <translation>تعذّر بناء فهرس بحث لـ%1.</translation>
        </message>
        <message>
            <source>The search index in %1 is damaged; searching an index built in memory instead. Run “briefing-tool index %1” to repair it.</source>
            <translation>فهرس البحث في %1 تالف؛ سيجري البحث بدلًا منه في فهرس يُبنى في الذاكرة. شغّل «briefing-tool index %1» لإصلاحه.</translation>
        </message>
        <message>
            <source>Could not search %1.</source>
            <translation>تعذّر البحث في %1.</translation>
        </message>
        <message>
            <source>%1+ results</source>
            <translation>%1 نتيجة أو أكثر</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجةً</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <source>index in the file, opened in %1 ms</source>
            <translation>فهرس داخل الملف، فُتح في %1 مللي ثانية</translation>
        </message>
        <message>
            <source>index built in memory in %1 ms</source>
            <translation>فهرس بُني في الذاكرة في %1 مللي ثانية</translation>
        </message>
        <message>
            <source>%1, %2 shown; search took %3 ms (%4)</source>
            <translation>%1، عُرض منها %2؛ استغرق البحث %3 مللي ثانية (%4)</translation>
        </message>
        <message>
            <source>The search index written into %1 does not work; please report this as a bug.</source>
            <translation>فهرس البحث المكتوب في %1 لا يعمل؛ يُرجى الإبلاغ عن ذلك بوصفه خطأً برمجيًا.</translation>
        </message>
        <message>
            <source>Wrote the search index of %1 (languages: %2) in %3 s</source>
            <translation>كُتب فهرس البحث لـ%1 (اللغات: %2) في %3 ثانية</translation>
        </message>
        <message>
            <source>charts</source>
            <translation>المخططات</translation>
        </message>
        <message>
            <source>Format %1 is read with the defaults of format %2; “briefing-tool upgrade %3 OUT” writes a copy in format %2.</source>
            <translation>يُقرأ التنسيق %1 بالقيم الافتراضية للتنسيق %2؛ يكتب «briefing-tool upgrade %3 OUT» نسخة بالتنسيق %2.</translation>
        </message>
        <message>
            <source>briefing-tool: there is no example “%1”; the examples are: %2.</source>
            <translation>briefing-tool: لا يوجد مثال «%1»؛ الأمثلة هي: %2.</translation>
        </message>
        <message>
            <source>Wrote the example “%1” (%2) to %3</source>
            <translation>كُتب المثال «%1» (%2) إلى %3</translation>
        </message>
        <message>
            <source>%1 is already format %2; wrote a copy to %3</source>
            <translation>%1 بالتنسيق %2 أصلًا؛ كُتبت نسخة إلى %3</translation>
        </message>
        <message>
            <source>Wrote %1 (format %2) from %3 (format %4). Added:</source>
            <translation>كُتب %1 (التنسيق %2) من %3 (التنسيق %4). أُضيف:</translation>
        </message>
        <message>
            <source>Not copied (tables the format does not define): %1</source>
            <translation>لم يُنسخ (جداول لا يعرّفها التنسيق): %1</translation>
        </message>
        <message>
            <source>Usage: briefing-tool COMMAND [options]

Commands:
  validate FILE        check a briefing; exit 0 with counts and warnings, 1 on error
                       [--verbose: SQLite's own words too]
  info FILE            show a briefing's title, edition and contents
  export-sample OUT    write the built-in sample briefing to OUT [--force]
  export-example NAME OUT
                       write a built-in example (sample, european-defence)
                       to OUT [--force]
  upgrade IN OUT       write a copy of IN in the current format to OUT [--force]
  generate OUT         write a synthetic briefing for benchmarks and tests:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    full-text search [--lang L]; one result a line:
                       kind, id, title and snippet with [matched] words
  index FILE           (re)build the search index inside FILE
  export-translations FILE --lang L -o OUT.xlf
                       the briefing's text as XLIFF 1.2 for translators
  import-translations FILE IN.xlf
                       write checked translations into FILE (backup first)
  translation-status FILE
                       translated, missing and stale texts per language
  paths FILE           the briefing's paths and their stops: the default path,
                       the file's own, and with --user yours [--library PATH]
  add-path FILE PATH.json
                       write a path (JSON) into FILE, replacing one of its id
  notes FILE           the briefing's notes from your library [--format markdown|json]
  note FILE ITEM-ID TEXT
                       add a note (Markdown) on an item to your library
  import-notes IN.json merge notes exported with notes --format json
                       (notes commands take --library PATH)

Options:
  -h, --help           show this help
  -v, --version        show the version
</source>
            <translation>الاستخدام: briefing-tool COMMAND [options]

الأوامر:
  validate FILE        فحص موجز؛ رمز الخروج 0 مع الأعداد والتحذيرات، و1 عند الخطأ
                       [--verbose: كلمات SQLite نفسها أيضًا]
  info FILE            عرض عنوان الموجز وإصداره ومحتوياته
  export-sample OUT    كتابة الموجز النموذجي المدمج إلى OUT [--force]
  export-example NAME OUT
                       كتابة مثال مدمج (sample، european-defence)
                       إلى OUT [--force]
  upgrade IN OUT       كتابة نسخة من IN بالتنسيق الحالي إلى OUT [--force]
  generate OUT         كتابة موجز اصطناعي لقياس الأداء والاختبارات:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    بحث في النص الكامل [--lang L]؛ نتيجة واحدة في كل سطر:
                       النوع والمُعرِّف والعنوان ومقتطف مع الكلمات [المطابقة]
  index FILE           بناء فهرس البحث داخل FILE (أو إعادة بنائه)
  export-translations FILE --lang L -o OUT.xlf
                       نص الموجز بصيغة XLIFF 1.2 للمترجمين
  import-translations FILE IN.xlf
                       كتابة الترجمات المفحوصة في FILE (بعد نسخة احتياطية)
  translation-status FILE
                       النصوص المترجمة والناقصة والقديمة لكل لغة
  paths FILE           جولات الموجز ومحطاتها: الجولة الافتراضية،
                       وجولات الملف، ومع --user جولاتك [--library PATH]
  add-path FILE PATH.json
                       كتابة جولة (JSON) في FILE بدلًا من الجولة ذات المُعرِّف نفسه
  notes FILE           ملاحظات الموجز من مكتبتك [--format markdown|json]
  note FILE ITEM-ID TEXT
                       إضافة ملاحظة (Markdown) على عنصر إلى مكتبتك
  import-notes IN.json دمج الملاحظات المصدَّرة بالأمر notes --format json
                       (تقبل أوامر الملاحظات الخيار --library PATH)

الخيارات:
  -h, --help           عرض هذه المساعدة
  -v, --version        عرض الإصدار
</translation>
        </message>
        <message>
            <source>also print SQLite's own words when the file is refused</source>
            <translation>اطبع أيضًا كلمات SQLite نفسها عند رفض الملف</translation>
        </message>
        <message>
            <source>details: %1</source>
            <translation>التفاصيل: %1</translation>
        </message>
        <message>
            <source>Usage: briefing-tool COMMAND [options]

Commands:
  validate FILE        check a briefing; exit 0 with counts and warnings, 1 on error
                       [--verbose: SQLite's own words too]
  info FILE            show a briefing's title, edition and contents
  export-sample OUT    write the built-in sample briefing to OUT [--force]
  export-example NAME OUT
                       write a built-in example (sample, european-defence)
                       to OUT [--force]
  upgrade IN OUT       write a copy of IN in the current format to OUT [--force]
  generate OUT         write a synthetic briefing for benchmarks and tests:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    full-text search [--lang L]; one result a line:
                       kind, id, title and snippet with [matched] words
  index FILE           (re)build the search index inside FILE
  export-translations FILE --lang L -o OUT.xlf
                       the briefing's text as XLIFF 1.2 for translators
  import-translations FILE IN.xlf
                       write checked translations into FILE (backup first)
  translation-status FILE
                       translated, missing and stale texts per language
  paths FILE           the briefing's paths and their stops: the default path,
                       the file's own, and with --user yours [--library PATH]
  add-path FILE PATH.json
                       write a path (JSON) into FILE, replacing one of its id
  export-path FILE -o OUT.pdf|OUT-%n.png
                       a path as the stage shows it, a page or PNG a stop:
                       [--path ID|default] [--notes none|below|page]
                       [--size WxH] [--look normal|projector]
  notes FILE           the briefing's notes from your library [--format markdown|json]
  note FILE ITEM-ID TEXT
                       add a note (Markdown) on an item to your library
  import-notes IN.json merge notes exported with notes --format json
                       (notes commands take --library PATH)

Options:
  -h, --help           show this help
  -v, --version        show the version
</source>
            <translation>الاستخدام: briefing-tool COMMAND [options]

الأوامر:
  validate FILE        فحص موجز؛ رمز الخروج 0 مع الأعداد والتحذيرات، و1 عند الخطأ
                       [--verbose: كلمات SQLite نفسها أيضًا]
  info FILE            عرض عنوان الموجز وإصداره ومحتوياته
  export-sample OUT    كتابة الموجز النموذجي المدمج إلى OUT [--force]
  export-example NAME OUT
                       كتابة مثال مدمج (sample، european-defence)
                       إلى OUT [--force]
  upgrade IN OUT       كتابة نسخة من IN بالتنسيق الحالي إلى OUT [--force]
  generate OUT         كتابة موجز اصطناعي لقياس الأداء والاختبارات:
                       [--events N] [--series S] [--points P] [--faq K]
                       [--languages L] [--seed X] [--force]
  search FILE QUERY    بحث في النص الكامل [--lang L]؛ نتيجة واحدة في كل سطر:
                       النوع والمُعرِّف والعنوان ومقتطف مع الكلمات [المطابقة]
  index FILE           بناء فهرس البحث داخل FILE (أو إعادة بنائه)
  export-translations FILE --lang L -o OUT.xlf
                       نص الموجز بصيغة XLIFF 1.2 للمترجمين
  import-translations FILE IN.xlf
                       كتابة الترجمات المفحوصة في FILE (بعد نسخة احتياطية)
  translation-status FILE
                       النصوص المترجمة والناقصة والقديمة لكل لغة
  paths FILE           جولات الموجز ومحطاتها: الجولة الافتراضية،
                       وجولات الملف، ومع --user جولاتك [--library PATH]
  add-path FILE PATH.json
                       كتابة جولة (JSON) في FILE بدلًا من الجولة ذات المُعرِّف نفسه
  export-path FILE -o OUT.pdf|OUT-%n.png
                       مسار كما تعرضه المنصة، صفحة أو PNG لكل محطة:
                       [--path ID|default] [--notes none|below|page]
                       [--size WxH] [--look normal|projector]
  notes FILE           ملاحظات الموجز من مكتبتك [--format markdown|json]
  note FILE ITEM-ID TEXT
                       إضافة ملاحظة (Markdown) على عنصر إلى مكتبتك
  import-notes IN.json دمج الملاحظات المصدَّرة بالأمر notes --format json
                       (تقبل أوامر الملاحظات الخيار --library PATH)

الخيارات:
  -h, --help           عرض هذه المساعدة
  -v, --version        عرض الإصدار
</translation>
        </message>
    </context>
    <context>
        <name>TranslationCommands</name>
        <message>
            <source>The target language (BCP 47, e.g. uk).</source>
            <translation>اللغة الهدف (BCP 47، مثل uk).</translation>
        </message>
        <message>
            <source>The XLIFF file to write.</source>
            <translation>ملف XLIFF المراد كتابته.</translation>
        </message>
        <message>
            <source>briefing-tool: export-translations needs --lang L and -o OUT.xlf</source>
            <translation>briefing-tool: يتطلب الأمر export-translations الخيارين --lang L و-o OUT.xlf</translation>
        </message>
        <message>
            <source>briefing-tool: “%1” is the briefing's source language; choose the language to translate into.</source>
            <translation>briefing-tool: «%1» هي لغة مصدر الموجز؛ اختر اللغة المراد الترجمة إليها.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>تعذّرت كتابة «%1»: %2.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 → %3)</source>
            <translation>كُتب %1 (%2 → %3)</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>تعذّرت قراءة «%1»: %2.</translation>
        </message>
        <message>
            <source>Nothing was imported; “%1” is unchanged.</source>
            <translation>لم يُستورد شيء؛ لم يتغيّر «%1».</translation>
        </message>
        <message>
            <source>Imported %1 translation(s) into “%2” (%3 left untranslated). Backup: %4</source>
            <translation>عدد الترجمات المستوردة إلى «%2»: %1 (وعدد النصوص المتروكة دون ترجمة: %3). النسخة الاحتياطية: %4</translation>
        </message>
        <message>
            <source>No translations (source language: %1).</source>
            <translation>لا توجد ترجمات (لغة المصدر: %1).</translation>
        </message>
        <message>
            <source>language  translated        missing           stale</source>
            <translation>اللغة     مترجمة            ناقصة             قديمة</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message>
            <source>%1 “%2”, field: %3</source>
            <translation>%1 «%2»، الحقل: %3</translation>
        </message>
        <message>
            <source>The source text has changed since this translation was made: review it.</source>
            <translation>تغيّر النص المصدر منذ إعداد هذه الترجمة: راجعها.</translation>
        </message>
        <message>
            <source>The XLIFF file is not well-formed XML (line %1: %2). Save it again from your translation tool.</source>
            <translation>ملف XLIFF ليس ملف XML سليم البنية (السطر %1: %2). احفظه مرة أخرى من أداة الترجمة التي تستخدمها.</translation>
        </message>
        <message>
            <source>The XLIFF file names no valid target-language (“%1”).</source>
            <translation>لا يذكر ملف XLIFF لغة هدف صالحة في target-language («%1»).</translation>
        </message>
        <message>
            <source>The target language “%1” is the briefing's source language.</source>
            <translation>اللغة الهدف «%1» هي لغة مصدر الموجز.</translation>
        </message>
        <message>
            <source>unknown unit id (line %1): the briefing has no such item and field.</source>
            <translation>مُعرِّف وحدة غير معروف (السطر %1): لا يحتوي الموجز على هذا العنصر بهذا الحقل.</translation>
        </message>
        <message>
            <source>the unit appears twice (line %1).</source>
            <translation>الوحدة مكررة (السطر %1).</translation>
        </message>
        <message>
            <source>stale source: the text was changed in the briefing after the export. Export again and translate the new text.</source>
            <translation>مصدر قديم: تغيّر النص في الموجز بعد التصدير. صدّر مرة أخرى وترجم النص الجديد.</translation>
        </message>
        <message>
            <source>empty target: translate the text, or mark the unit as new.</source>
            <translation>الهدف فارغ: ترجم النص، أو علّم الوحدة بأنها جديدة (new).</translation>
        </message>
        <message>
            <source>the placeholders (%1, %2 …) differ from the source's.</source>
            <translation>العناصر النائبة (%1، %2 …) تختلف عمّا في المصدر.</translation>
        </message>
        <message>
            <source>the Markdown links differ from the source's: keep every link target.</source>
            <translation>روابط Markdown تختلف عمّا في المصدر: أبقِ على كل أهداف الروابط.</translation>
        </message>
        <message>
            <source>The XLIFF file has no translated unit; nothing to import.</source>
            <translation>لا يحتوي ملف XLIFF على أي وحدة مترجمة؛ لا يوجد ما يُستورد.</translation>
        </message>
        <message>
            <source>Could not make the backup “%1”; nothing was written.</source>
            <translation>تعذّر إنشاء النسخة الاحتياطية «%1»؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>Writing the translations failed (%1); the file is as it was.</source>
            <translation>فشلت كتابة الترجمات (%1)؛ بقي الملف كما كان.</translation>
        </message>
        <message>
            <source>The translations were written, but the search index was not rebuilt (%1). Run: briefing-tool index FILE</source>
            <translation>كُتبت الترجمات، لكن فهرس البحث لم يُعَد بناؤه (%1). نفّذ: briefing-tool index FILE</translation>
        </message>
    </context>
    <context>
        <name>bv::AudienceWindow</name>
        <message>
            <source>Audience — Briefing Viewer</source>
            <translation>الجمهور — Briefing Viewer</translation>
        </message>
    </context>
    <context>
        <name>bv::ChartPanel</name>
        <message>
            <source>This briefing has no data series.</source>
            <translation>لا يحتوي هذا الموجز على سلاسل بيانات.</translation>
        </message>
        <message>
            <source>Each chart shows only the figures the briefing states, with their source. Hover a point for its value, click it to see what relies on it.</source>
            <translation>يعرض كل مخطط الأرقام التي يذكرها الموجز فقط، مع مصدرها. مرّر المؤشر فوق نقطة لترى قيمتها، وانقر عليها لترى ما يستند إليها.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>المخططات</translation>
        </message>
    </context>
    <context>
        <name>bv::CurrentBriefing</name>
        <message>
            <source>Cannot open the briefing</source>
            <translation>يتعذّر فتح الموجز</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>جارٍ فتح «%1»…</translation>
        </message>
        <message>
            <source>Showing the content in %1…</source>
            <translation>جارٍ عرض المحتوى بـ%1…</translation>
        </message>
        <message>
            <source>Cannot switch the content language</source>
            <translation>تعذّر تبديل لغة المحتوى</translation>
        </message>
        <message>
            <source>The content of “%1” could not be switched to %2; it is still shown in %3.

%4

Once the file can be read, choose %2 again in View &gt; Content Language.</source>
            <translation>تعذّر تبديل محتوى «%1» إلى %2؛ وما زال معروضًا بـ%3.

%4

عندما يصبح الملف قابلًا للقراءة، اختر %2 مجددًا من عرض &gt; لغة المحتوى.</translation>
        </message>
        <message>
            <source>“%1” is not a file on this computer: Briefing Viewer opens briefing files on this computer and briefing:// links. Save the briefing on this computer and open the copy.</source>
            <translation>«%1» ليس ملفًا على هذا الحاسوب: يفتح Briefing Viewer ملفات الموجزات الموجودة على هذا الحاسوب وروابط briefing://. احفظ الموجز على هذا الحاسوب وافتح النسخة.</translation>
        </message>
    </context>
    <context>
        <name>bv::DesktopActions</name>
        <message>
            <source>T&amp;heme</source>
            <translation>ال&amp;سمة</translation>
        </message>
        <message>
            <source>Te&amp;xt Size</source>
            <translation>حجم ال&amp;نص</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation>حجم النص ال&amp;عادي</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>ال&amp;تفضيلات…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <source>%1 (%2 × %3)</source>
            <translation>%1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Folder for Your Notes</source>
            <translation>مجلد ملاحظاتك</translation>
        </message>
        <message>
            <source>Your notes cannot be kept in “%1”: it is not a folder you can write in. Choose another one.</source>
            <translation>لا يمكن حفظ ملاحظاتك في «%1»: ليس مجلدًا يمكنك الكتابة فيه. اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <source>“%1” has no library yet. Copy your notes, bookmarks and reading positions there? Otherwise a new, empty library is started in it.</source>
            <translation>لا يحتوي «%1» على مكتبة بعد. هل تريد نسخ ملاحظاتك وإشاراتك المرجعية ومواضع قراءتك إليه؟ وإلا فستُنشأ فيه مكتبة جديدة فارغة.</translation>
        </message>
    </context>
    <context>
        <name>bv::DetailPane</name>
        <message>
            <source>Details of the current item</source>
            <translation>تفاصيل العنصر الحالي</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>لا يوجد موجز مفتوح.</translation>
        </message>
    </context>
    <context>
        <name>bv::DockLayout</name>
        <message>
            <source>Navigator</source>
            <translation>التنقل</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>المخططات</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>الأسئلة الشائعة</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>محرر المسارات</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqListView</name>
        <message>
            <source>Linked:</source>
            <translation>مرتبط بـ:</translation>
        </message>
    </context>
    <context>
        <name>bv::FaqPanel</name>
        <message>
            <source>&amp;Questions about this</source>
            <translation>أ&amp;سئلة عن هذا العنصر</translation>
        </message>
        <message>
            <source>Show only the questions linked to the current item</source>
            <translation>عرض الأسئلة المرتبطة بالعنصر الحالي فقط</translation>
        </message>
        <message>
            <source>Frequently asked questions</source>
            <translation>الأسئلة الشائعة</translation>
        </message>
        <message>
            <source>Select an item to see the questions about it; all questions are shown.</source>
            <translation>اختر عنصرًا لترى الأسئلة المتعلقة به؛ تُعرض الآن جميع الأسئلة.</translation>
        </message>
        <message>
            <source>No question is linked to “%1”.</source>
            <translation>لا يوجد سؤال مرتبط بـ«%1».</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about “%1”.</source>
            <translation>
                <numerusform>%n سؤال عن «%1».</numerusform>
                <numerusform>%n سؤال عن «%1».</numerusform>
                <numerusform>%n سؤالان عن «%1».</numerusform>
                <numerusform>%n أسئلة عن «%1».</numerusform>
                <numerusform>%n سؤالًا عن «%1».</numerusform>
                <numerusform>%n سؤال عن «%1».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::ItemListView</name>
        <message>
            <source>Filter: %1</source>
            <translation>تصفية: %1</translation>
        </message>
        <message>
            <source>Filter the list: %1</source>
            <translation>تصفية القائمة: %1</translation>
        </message>
    </context>
    <context>
        <name>bv::LibraryActions</name>
        <message>
            <source>Copied %1</source>
            <translation>نُسخ %1</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>ملاحظاتك</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>الإشارات ال&amp;مرجعية</translation>
        </message>
        <message>
            <source>&amp;Bookmark This Item</source>
            <translation>&amp;وضع إشارة مرجعية على هذا العنصر</translation>
        </message>
        <message>
            <source>Write a &amp;Note…</source>
            <translation>كتابة &amp;ملاحظة…</translation>
        </message>
        <message>
            <source>Copy &amp;Link to This Item</source>
            <translation>نسخ &amp;رابط هذا العنصر</translation>
        </message>
        <message>
            <source>Show &amp;Notes and Bookmarks</source>
            <translation>&amp;إظهار الملاحظات والإشارات المرجعية</translation>
        </message>
        <message>
            <source>&amp;Export Notes…</source>
            <translation>&amp;تصدير الملاحظات…</translation>
        </message>
        <message>
            <source>&amp;Import Notes…</source>
            <translation>ا&amp;ستيراد الملاحظات…</translation>
        </message>
        <message>
            <source>“%1” has no item “%2”; it may have been removed in this edition.</source>
            <translation>لا يحتوي «%1» على العنصر «%2»؛ ربما أُزيل في هذا الإصدار.</translation>
        </message>
        <message>
            <source>The link needs the briefing “%1” (id %2), which is not where it was last opened from nor among your recent files. Open its file once (File &gt; Open), then follow the link again.</source>
            <translation>يحتاج الرابط إلى الموجز «%1» (المُعرِّف %2)، وهو ليس في المكان الذي فُتح منه آخر مرة ولا بين ملفاتك الحديثة. افتح ملفه مرة واحدة (ملف &gt; فتح)، ثم اتبع الرابط مرة أخرى.</translation>
        </message>
        <message>
            <source>The link needs the briefing with id “%1”, which you have not opened here yet. Open its file (File &gt; Open), then follow the link again.</source>
            <translation>يحتاج الرابط إلى الموجز ذي المُعرِّف «%1»، ولم تفتحه هنا بعد. افتح ملفه (ملف &gt; فتح)، ثم اتبع الرابط مرة أخرى.</translation>
        </message>
        <message>
            <source>Cannot open the link</source>
            <translation>يتعذّر فتح الرابط</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>تصدير الملاحظات</translation>
        </message>
        <message>
            <source>Markdown (*.md);;JSON, to import elsewhere (*.json)</source>
            <translation>Markdown (*.md);;JSON، للاستيراد في مكان آخر (*.json)</translation>
        </message>
        <message>
            <source>Notes written to %1</source>
            <translation>كُتبت الملاحظات إلى %1</translation>
        </message>
        <message>
            <source>Import Notes</source>
            <translation>استيراد الملاحظات</translation>
        </message>
        <message>
            <source>Notes (*.json)</source>
            <translation>الملاحظات (*.json)</translation>
        </message>
        <message>
            <source>Starting a new library keeps the damaged one beside it, renamed with today's date, so nothing in it is lost.</source>
            <translation>بدء مكتبة جديدة يُبقي المكتبة التالفة بجانبها، بعد إعادة تسميتها بتاريخ اليوم، فلا يضيع منها شيء.</translation>
        </message>
        <message>
            <source>Start a New Library</source>
            <translation>بدء مكتبة جديدة</translation>
        </message>
        <message>
            <source>Keep Notes Off</source>
            <translation>إبقاء الملاحظات معطّلة</translation>
        </message>
        <message>
            <source>A new library was started; the damaged one was kept beside it, renamed with today's date.</source>
            <translation>بُدئت مكتبة جديدة؛ وحُفظت التالفة بجانبها بعد إعادة تسميتها بتاريخ اليوم.</translation>
        </message>
    </context>
    <context>
        <name>bv::MainWindow</name>
        <message>
            <source>%1 — Briefing Viewer</source>
            <translation>%1 — Briefing Viewer</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n warning(s), listed in the overview</source>
            <translation>
                <numerusform>%1 · %n تحذير، مُدرج في النظرة العامة</numerusform>
                <numerusform>%1 · %n تحذير، مُدرج في النظرة العامة</numerusform>
                <numerusform>%1 · %n تحذيران، مُدرجان في النظرة العامة</numerusform>
                <numerusform>%1 · %n تحذيرات، مُدرجة في النظرة العامة</numerusform>
                <numerusform>%1 · %n تحذيرًا، مُدرجة في النظرة العامة</numerusform>
                <numerusform>%1 · %n تحذير، مُدرجة في النظرة العامة</numerusform>
            </translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>لغة المصدر: %1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>لغة ال&amp;واجهة</translation>
        </message>
        <message>
            <source>&amp;Content Language</source>
            <translation>لغة ال&amp;محتوى</translation>
        </message>
        <message>
            <source>%1 · content in %2</source>
            <translation>%1 · المحتوى باللغة %2</translation>
        </message>
    </context>
    <context>
        <name>bv::NavigatorView</name>
        <message>
            <source>Sections of the briefing</source>
            <translation>أقسام الموجز</translation>
        </message>
    </context>
    <context>
        <name>bv::NoteEditor</name>
        <message>
            <source>The note is longer than 1 MB; it is not saved until it is shorter.</source>
            <translation>الملاحظة أطول من 1 ميغابايت؛ لن تُحفظ حتى تصبح أقصر.</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>مقارنة…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>ملاحظتك</translation>
        </message>
        <message>
            <source>Your note on “%1”</source>
            <translation>ملاحظتك على «%1»</translation>
        </message>
        <message>
            <source>Write a note on this item, in Markdown. It is kept in your library, never in the briefing file.</source>
            <translation>اكتب ملاحظة على هذا العنصر بصيغة Markdown. تُحفظ في مكتبتك، ولا تُحفظ أبدًا في ملف الموجز.</translation>
        </message>
        <message>
            <source>This item has changed since the note was written.</source>
            <translation>تغيّر هذا العنصر منذ كتابة الملاحظة.</translation>
        </message>
        <message>
            <source>Written on edition %1; this item has changed since.</source>
            <translation>كُتبت على الإصدار %1؛ وتغيّر هذا العنصر منذ ذلك الحين.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>لم تُحفظ: %1</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>جارٍ التحرير…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>حُفظت</translation>
        </message>
        <message>
            <source>What changed in “%1”</source>
            <translation>ما الذي تغيّر في «%1»</translation>
        </message>
        <message>
            <source>When the note was written</source>
            <translation>عند كتابة الملاحظة</translation>
        </message>
        <message>
            <source>Edition %1, when the note was written</source>
            <translation>الإصدار %1، عند كتابة الملاحظة</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <source>Edition %1, now</source>
            <translation>الإصدار %1، الآن</translation>
        </message>
        <message>
            <source>My note still holds</source>
            <translation>ملاحظتي لا تزال صحيحة</translation>
        </message>
        <message>
            <source>Saved beside a note written elsewhere meanwhile (another window or briefing-tool); both are in the Notes panel.</source>
            <translation>حُفظت بجانب ملاحظة كُتبت في مكان آخر في الأثناء (في نافذة أخرى أو بواسطة briefing-tool)؛ كلتاهما في لوحة «الملاحظات».</translation>
        </message>
        <message>
            <source>Not deleted: the note was changed elsewhere meanwhile (another window or briefing-tool); it is shown again.</source>
            <translation>لم تُحذف: عُدّلت الملاحظة في مكان آخر في الأثناء (في نافذة أخرى أو بواسطة briefing-tool)؛ وهي معروضة من جديد.</translation>
        </message>
        <message>
            <source>Your note on the current item</source>
            <translation>ملاحظتك على العنصر الحالي</translation>
        </message>
        <message>
            <source>Preview of your note</source>
            <translation>معاينة ملاحظتك</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesListModel</name>
        <message>
            <source>[item changed since]</source>
            <translation>[تغيّر العنصر منذ ذلك الحين]</translation>
        </message>
        <message>
            <source>[item no longer in this briefing]</source>
            <translation>[لم يعد العنصر في هذا الموجز]</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>إشارة مرجعية</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>إشارة مرجعية: %1</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>ملاحظة على %1</translation>
        </message>
    </context>
    <context>
        <name>bv::NotesPanel</name>
        <message>
            <source>Filter your notes and bookmarks</source>
            <translation>تصفية ملاحظاتك وإشاراتك المرجعية</translation>
        </message>
        <message>
            <source>Filter notes</source>
            <translation>تصفية الملاحظات</translation>
        </message>
        <message>
            <source>All briefings</source>
            <translation>كل الموجزات</translation>
        </message>
        <message>
            <source>List the notes of every briefing in your library, not only of the open one</source>
            <translation>عرض ملاحظات كل الموجزات في مكتبتك، لا الموجز المفتوح فقط</translation>
        </message>
        <message>
            <source>Your notes and bookmarks</source>
            <translation>ملاحظاتك وإشاراتك المرجعية</translation>
        </message>
        <message>
            <source>No notes or bookmarks yet: Ctrl+Shift+N writes a note on the current item, Ctrl+D bookmarks it.</source>
            <translation>لا توجد ملاحظات أو إشارات مرجعية بعد: يكتب Ctrl+Shift+N ملاحظة على العنصر الحالي، ويضع Ctrl+D إشارة مرجعية عليه.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n إدخال</numerusform>
                <numerusform>%n إدخال</numerusform>
                <numerusform>%n إدخالان</numerusform>
                <numerusform>%n إدخالات</numerusform>
                <numerusform>%n إدخالًا</numerusform>
                <numerusform>%n إدخال</numerusform>
            </translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>لا يوجد موجز مفتوح.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2.</source>
            <translation>تعذّرت كتابة «%1»: %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>تعذّرت قراءة «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>bv::OverviewPage</name>
        <message>
            <source>Briefing overview</source>
            <translation>نظرة عامة على الموجز</translation>
        </message>
        <message>
            <source>No briefing is open. Use File &gt; Open to choose one.</source>
            <translation>لا يوجد موجز مفتوح. استخدم ملف &gt; فتح لاختيار موجز.</translation>
        </message>
    </context>
    <context>
        <name>bv::PanelCycler</name>
        <message>
            <source>Next &amp;Panel</source>
            <translation>ال&amp;لوحة التالية</translation>
        </message>
        <message>
            <source>Move the keyboard to the next panel (F6)</source>
            <translation>نقل لوحة المفاتيح إلى اللوحة التالية (F6)</translation>
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation>اللوحة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>Move the keyboard to the previous panel (Shift+F6)</source>
            <translation>نقل لوحة المفاتيح إلى اللوحة السابقة (Shift+F6)</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>عرض تق&amp;ديمي</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;قدّم</translation>
        </message>
        <message>
            <source>Show the chosen path to an audience from its first stop (F5)</source>
            <translation>اعرض الجولة المختارة على الجمهور من محطتها الأولى (F5)</translation>
        </message>
        <message>
            <source>Present from &amp;Current Stop</source>
            <translation>قدّم من المحطة ال&amp;حالية</translation>
        </message>
        <message>
            <source>&amp;Rehearse</source>
            <translation>&amp;تمرّن</translation>
        </message>
        <message>
            <source>Present the path from its start and keep the time spent on each stop</source>
            <translation>قدّم الجولة من بدايتها واحفظ الوقت المستغرق في كل محطة</translation>
        </message>
        <message>
            <source>Stage and Console as &amp;Windows</source>
            <translation>المسرح ولوحة التحكم في &amp;نوافذ</translation>
        </message>
        <message>
            <source>Show the stage and the console as ordinary windows, for sharing one in a call</source>
            <translation>اعرض المسرح ولوحة التحكم في نافذتين عاديتين لمشاركة إحداهما في مكالمة</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Last time this path was left at stop %1, “%2”. Resume there?</source>
            <translation>في المرة الأخيرة توقفت هذه الجولة عند المحطة %1، «%2». هل تتابع من هناك؟</translation>
        </message>
        <message>
            <source>Resume at Stop %1</source>
            <translation>تابع من المحطة %1</translation>
        </message>
        <message>
            <source>From the Start</source>
            <translation>من البداية</translation>
        </message>
        <message>
            <source>Co&amp;mpare Rehearsals…</source>
            <translation>قا&amp;رن التمارين…</translation>
        </message>
        <message>
            <source>The chosen path's rehearsals side by side: each stop's time against its budget</source>
            <translation>تمارين الجولة المختارة جنبًا إلى جنب: وقت كل محطة مقابل الوقت المخصص لها</translation>
        </message>
    </context>
    <context>
        <name>bv::PresenterConsole</name>
        <message>
            <source>Time since the show started, against the sum of the stops' budgets</source>
            <translation>الوقت منذ بدء العرض مقارنةً بمجموع الميزانيات الزمنية للمحطات</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Stop the clock; it stays stopped while you move between stops</source>
            <translation>أوقف الساعة؛ تبقى متوقفة أثناء تنقلك بين المحطات</translation>
        </message>
        <message>
            <source>End Show</source>
            <translation>إنهاء العرض</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>ملاحظات المتحدث</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>ملاحظات أصغر</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>ملاحظات أكبر</translation>
        </message>
        <message>
            <source>On this stop:</source>
            <translation>في هذه المحطة:</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <source>Go to: a number or part of a title, then Enter</source>
            <translation>انتقل إلى: رقم أو جزء من عنوان، ثم Enter</translation>
        </message>
        <message>
            <source>Press Esc again to end the show</source>
            <translation>اضغط Esc مرة أخرى لإنهاء العرض</translation>
        </message>
        <message>
            <source>Presenter Console — Briefing Viewer</source>
            <translation>لوحة المقدّم — Briefing Viewer</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>الآن: %1</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>المحطة %1 من %2</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>التالي: %1</translation>
        </message>
        <message>
            <source>Next: the end of the path</source>
            <translation>التالي: نهاية الجولة</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>شاشة سوداء</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>شاشة بيضاء</translation>
        </message>
        <message>
            <source>Frozen: the audience sees stop %1</source>
            <translation>مجمّد: يرى الجمهور المحطة %1</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>Rehearsing</source>
            <translation>تمرين</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>Last rehearsal: %1</source>
            <translation>آخر تمرين: %1</translation>
        </message>
        <message>
            <source>No stop matches</source>
            <translation>لا توجد محطة مطابقة</translation>
        </message>
        <message>
            <source>Enter goes to %1. %2</source>
            <translation>يذهب Enter إلى %1. %2</translation>
        </message>
        <message>
            <source>Go to stop</source>
            <translation>انتقل إلى محطة</translation>
        </message>
        <message>
            <source>Current stop</source>
            <translation>المحطة الحالية</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>المحطة التالية</translation>
        </message>
        <message>
            <source>Last rehearsal: %1, before: %2</source>
            <translation>آخر تمرين: %1، وقبله: %2</translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalTableModel</name>
        <message>
            <source>Untitled stop</source>
            <translation>محطة بلا عنوان</translation>
        </message>
        <message>
            <source>Budget: %1</source>
            <translation>الوقت المخصص: %1</translation>
        </message>
        <message>
            <source>No budget</source>
            <translation>لا وقت مخصص</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) without a budget</source>
            <translation>
                <numerusform>%n محطة بلا وقت مخصص</numerusform>
                <numerusform>%n محطة واحدة بلا وقت مخصص</numerusform>
                <numerusform>%n محطتان بلا وقت مخصص</numerusform>
                <numerusform>%n محطات بلا وقت مخصص</numerusform>
                <numerusform>%n محطة بلا وقت مخصص</numerusform>
                <numerusform>%n محطة بلا وقت مخصص</numerusform>
            </translation>
        </message>
        <message>
            <source>Median: %1</source>
            <translation>الوسيط: %1</translation>
        </message>
        <message>
            <source>Not timed in any rehearsal</source>
            <translation>لم يُوقَّت في أي تمرين</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>الوقت: %1</translation>
        </message>
        <message>
            <source>Not timed</source>
            <translation>لم يُوقَّت</translation>
        </message>
        <message>
            <source>%1 longer than the rehearsal before</source>
            <translation>أطول بـ %1 من التمرين السابق</translation>
        </message>
        <message>
            <source>%1 shorter than the rehearsal before</source>
            <translation>أقصر بـ %1 من التمرين السابق</translation>
        </message>
        <message>
            <source>As long as the rehearsal before</source>
            <translation>بطول التمرين السابق نفسه</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) not timed</source>
            <translation>
                <numerusform>%n محطة لم تُوقَّت</numerusform>
                <numerusform>%n محطة واحدة لم تُوقَّت</numerusform>
                <numerusform>%n محطتان لم تُوقَّتا</numerusform>
                <numerusform>%n محطات لم تُوقَّت</numerusform>
                <numerusform>%n محطة لم تُوقَّت</numerusform>
                <numerusform>%n محطة لم تُوقَّت</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over the budget of %2</source>
            <translation>تجاوز الوقت المخصص %2 بـ %1</translation>
        </message>
        <message>
            <source>Within the budget of %1</source>
            <translation>ضمن الوقت المخصص %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>The path's stops together</source>
            <translation>محطات الجولة مجتمعة</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>الوقت المخصص</translation>
        </message>
        <message>
            <source>The time you mean to spend on each stop</source>
            <translation>الوقت الذي تنوي قضاءه في كل محطة</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>الوسيط</translation>
        </message>
        <message numerus="yes">
            <source>The middle time of the %n rehearsal(s) kept: half took longer, half less</source>
            <translation>
                <numerusform>الوقت الأوسط لـ %n تمرين محفوظ</numerusform>
                <numerusform>وقت التمرين المحفوظ (%n)</numerusform>
                <numerusform>الوقت الأوسط للتمرينين المحفوظين (%n)</numerusform>
                <numerusform>الوقت الأوسط لـ %n تمارين محفوظة: نصفها استغرق أطول ونصفها أقل</numerusform>
                <numerusform>الوقت الأوسط لـ %n تمرينًا محفوظًا: نصفها استغرق أطول ونصفها أقل</numerusform>
                <numerusform>الوقت الأوسط لـ %n تمرين محفوظ: نصفها استغرق أطول ونصفها أقل</numerusform>
            </translation>
        </message>
        <message>
            <source>Rehearsed %1</source>
            <translation>التمرين: %1</translation>
        </message>
        <message>
            <source>The newest rehearsal</source>
            <translation>أحدث تمرين</translation>
        </message>
        <message numerus="yes">
            <source>Rehearsed when the path had %n stop(s); the times are shown by the stops' places now</source>
            <translation>
                <numerusform>أُجري التمرين حين كانت الجولة تضم %n محطة؛ تظهر الأوقات بحسب مواضع المحطات الآن</numerusform>
                <numerusform>أُجري التمرين حين كانت الجولة تضم %n محطة واحدة؛ تظهر الأوقات بحسب مواضع المحطات الآن</numerusform>
                <numerusform>أُجري التمرين حين كانت الجولة تضم %n محطتين؛ تظهر الأوقات بحسب مواضع المحطات الآن</numerusform>
                <numerusform>أُجري التمرين حين كانت الجولة تضم %n محطات؛ تظهر الأوقات بحسب مواضع المحطات الآن</numerusform>
                <numerusform>أُجري التمرين حين كانت الجولة تضم %n محطة؛ تظهر الأوقات بحسب مواضع المحطات الآن</numerusform>
                <numerusform>أُجري التمرين حين كانت الجولة تضم %n محطة؛ تظهر الأوقات بحسب مواضع المحطات الآن</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bv::RehearsalsDialog</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Rehearsals</source>
            <translation>التمارين</translation>
        </message>
        <message>
            <source>Rehearsals of “%1”</source>
            <translation>تمارين «%1»</translation>
        </message>
        <message>
            <source>This path has not been rehearsed yet. Presentation &gt; Rehearse times each of its stops.</source>
            <translation>لم يُتمرَّن على هذه الجولة بعد. «عرض تقديمي &gt; تمرّن» يوقّت كل محطة فيها.</translation>
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s); the library keeps the newest %1.</source>
            <translation>
                <numerusform>%n تمرين؛ تحتفظ المكتبة بأحدث %1.</numerusform>
                <numerusform>%n تمرين واحد؛ تحتفظ المكتبة بأحدث %1.</numerusform>
                <numerusform>%n تمرينان؛ تحتفظ المكتبة بأحدث %1.</numerusform>
                <numerusform>%n تمارين؛ تحتفظ المكتبة بأحدث %1.</numerusform>
                <numerusform>%n تمرينًا؛ تحتفظ المكتبة بأحدث %1.</numerusform>
                <numerusform>%n تمرين؛ تحتفظ المكتبة بأحدث %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The newest took %1 in all.</source>
            <translation>استغرق أحدثها %1 إجمالًا.</translation>
        </message>
        <message>
            <source>That is %1 longer than the rehearsal before.</source>
            <translation>أي أطول بـ %1 من التمرين السابق.</translation>
        </message>
        <message>
            <source>That is %1 shorter than the rehearsal before.</source>
            <translation>أي أقصر بـ %1 من التمرين السابق.</translation>
        </message>
        <message>
            <source>That is as long as the rehearsal before.</source>
            <translation>أي بطول التمرين السابق نفسه.</translation>
        </message>
        <message numerus="yes">
            <source>It went over the budget on %n stop(s).</source>
            <translation>
                <numerusform>تجاوز الوقت المخصص في %n محطة.</numerusform>
                <numerusform>تجاوز الوقت المخصص في %n محطة واحدة.</numerusform>
                <numerusform>تجاوز الوقت المخصص في %n محطتين.</numerusform>
                <numerusform>تجاوز الوقت المخصص في %n محطات.</numerusform>
                <numerusform>تجاوز الوقت المخصص في %n محطة.</numerusform>
                <numerusform>تجاوز الوقت المخصص في %n محطة.</numerusform>
            </translation>
        </message>
        <message>
            <source>It kept within the budget on every stop that has one.</source>
            <translation>بقي ضمن الوقت المخصص في كل محطة لها وقت مخصص.</translation>
        </message>
        <message>
            <source>Compare Rehearsals</source>
            <translation>مقارنة التمارين</translation>
        </message>
        <message>
            <source>Rehearsals by stop</source>
            <translation>التمارين حسب المحطة</translation>
        </message>
        <message>
            <source>Each time is followed by its change from the rehearsal before it, in the column to its right (+ longer, − shorter). Green: within the stop's budget; red: over it. —: not timed, or no budget. Median: the middle time of the rehearsals kept.</source>
            <translation>يلي كلَّ وقت تغيّرُه عن التمرين الذي قبله، في العمود إلى يساره (+ أطول، − أقصر). الأخضر: ضمن الوقت المخصص للمحطة؛ الأحمر: تجاوزه. —: لم يُوقَّت، أو لا وقت مخصص. الوسيط: الوقت الأوسط للتمارين المحفوظة.</translation>
        </message>
    </context>
    <context>
        <name>bv::SafeTextDocument</name>
        <message>
            <source>[image]</source>
            <translation>[صورة]</translation>
        </message>
        <message>
            <source>[image: %1]</source>
            <translation>[صورة: %1]</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchField</name>
        <message>
            <source>Search the briefing (%1)</source>
            <translation>البحث في الموجز (%1)</translation>
        </message>
        <message>
            <source>Search the briefing</source>
            <translation>البحث في الموجز</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>Go to the search results</source>
            <translation>الانتقال إلى نتائج البحث</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchPanel</name>
        <message>
            <source>No briefing is open.</source>
            <translation>لا يوجد موجز مفتوح.</translation>
        </message>
        <message>
            <source>Preparing the search index…</source>
            <translation>جارٍ تحضير فهرس البحث…</translation>
        </message>
        <message>
            <source>Type in the search field (Ctrl+F) to search the whole briefing.</source>
            <translation>اكتب في حقل البحث (Ctrl+F) للبحث في الموجز كله.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>لا شيء يطابق «%1».</translation>
        </message>
        <message>
            <source>More than %1 results; the best are shown. Add a word to narrow the search.</source>
            <translation>أكثر من %1 نتيجة؛ تُعرض أفضلها. أضف كلمة لتضييق نطاق البحث.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجةً</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Search is unavailable: the briefing could not be read again to index it. Open it again, or ship an index in it with: briefing-tool index FILE</source>
            <translation>البحث غير متاح: تعذّرت قراءة الموجز مرة أخرى لفهرسته. افتحه مرة أخرى، أو أضف إليه فهرسًا باستخدام: briefing-tool index FILE</translation>
        </message>
    </context>
    <context>
        <name>bv::SearchResultsModel</name>
        <message>
            <source>My notes (%1)</source>
            <translation>ملاحظاتي (%1)</translation>
        </message>
    </context>
    <context>
        <name>bv::SeriesChart</name>
        <message>
            <source>no value</source>
            <translation>لا قيمة</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) without a source are not shown.</source>
            <translation>
                <numerusform>لا تُعرض %n نقطة بلا مصدر.</numerusform>
                <numerusform>لا تُعرض %n نقطة بلا مصدر.</numerusform>
                <numerusform>لا تُعرض %n نقطتان بلا مصدر.</numerusform>
                <numerusform>لا تُعرض %n نقاط بلا مصدر.</numerusform>
                <numerusform>لا تُعرض %n نقطةً بلا مصدر.</numerusform>
                <numerusform>لا تُعرض %n نقطة بلا مصدر.</numerusform>
            </translation>
        </message>
        <message>
            <source>No figure of this series names its source, so none is shown.</source>
            <translation>لا يذكر أي رقم في هذه السلسلة مصدره، لذا لا يُعرض أي منها.</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>جارٍ قراءة الأرقام…</translation>
        </message>
        <message>
            <source>This series has no values in this briefing.</source>
            <translation>لا توجد قيم لهذه السلسلة في هذا الموجز.</translation>
        </message>
        <message>
            <source>These series have no values in this briefing.</source>
            <translation>لا توجد قيم لهذه السلاسل في هذا الموجز.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>جدول</translation>
        </message>
        <message>
            <source>Show the figures as a table beside the chart</source>
            <translation>عرض الأرقام في جدول بجانب المخطط</translation>
        </message>
        <message>
            <source>Copy CSV</source>
            <translation>نسخ بصيغة CSV</translation>
        </message>
        <message>
            <source>Copy every point, with unit and source, as CSV</source>
            <translation>نسخ كل النقاط، مع الوحدة والمصدر، بصيغة CSV</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Copy Image</source>
            <translation>نسخ الصورة</translation>
        </message>
        <message>
            <source>Chart: %1</source>
            <translation>مخطط: %1</translation>
        </message>
        <message>
            <source>Chart of %1. Source: %2.</source>
            <translation>مخطط %1. المصدر: %2.</translation>
        </message>
        <message numerus="yes">
            <source>Line chart of %n point(s) from %1 to %2. Source: %3.</source>
            <translation>
                <numerusform>مخطط خطي يضم %n نقطة، من %1 إلى %2. المصدر: %3.</numerusform>
                <numerusform>مخطط خطي يضم %n نقطة، من %1 إلى %2. المصدر: %3.</numerusform>
                <numerusform>مخطط خطي يضم %n نقطتين، من %1 إلى %2. المصدر: %3.</numerusform>
                <numerusform>مخطط خطي يضم %n نقاط، من %1 إلى %2. المصدر: %3.</numerusform>
                <numerusform>مخطط خطي يضم %n نقطةً، من %1 إلى %2. المصدر: %3.</numerusform>
                <numerusform>مخطط خطي يضم %n نقطة، من %1 إلى %2. المصدر: %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.</source>
            <translation>
                <numerusform>مخطط أعمدة يضم %n فئة. المصدر: %1. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>مخطط أعمدة يضم %n فئة. المصدر: %1. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>مخطط أعمدة يضم %n فئتين. المصدر: %1. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>مخطط أعمدة يضم %n فئات. المصدر: %1. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>مخطط أعمدة يضم %n فئةً. المصدر: %1. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>مخطط أعمدة يضم %n فئة. المصدر: %1. يسرد الجدول المجاور القيم.</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures of %1</source>
            <translation>أرقام %1</translation>
        </message>
        <message>
            <source>%1 — edition %2</source>
            <translation>%1 — الإصدار %2</translation>
        </message>
        <message>
            <source>This series has no figure with a source; nothing to export.</source>
            <translation>لا تحتوي هذه السلسلة على أي رقم له مصدر؛ لا يوجد ما يُصدَّر.</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>صور SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>تصدير المخطط</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>Sort by value</source>
            <translation>فرز حسب القيمة</translation>
        </message>
        <message>
            <source>Show the largest value first, or the categories in the briefing's order</source>
            <translation>اعرض القيمة الأكبر أولًا، أو الفئات بترتيب الإحاطة</translation>
        </message>
        <message>
            <source>Has your note</source>
            <translation>عليه ملاحظتك</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>عليه إشارة مرجعية</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>تعذّرت كتابة «%1»: %2. اختر مجلدًا يمكنك الكتابة فيه.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>انقطاع في السلسلة</translation>
        </message>
        <message>
            <source>Event in the briefing's timeline</source>
            <translation>حدث في الخط الزمني للموجز</translation>
        </message>
        <message>
            <source>Show the chart's own period</source>
            <translation>اعرض الفترة الخاصة بالمخطط</translation>
        </message>
        <message>
            <source>Show the series' own period</source>
            <translation>اعرض الفترة الخاصة بالسلسلة</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n series: %2. Source: %3. The table beside it lists the values.</source>
            <translation>
                <numerusform>%1 من %n سلسلة: %2. المصدر: %3. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>%1 من %n سلسلة: %2. المصدر: %3. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>%1 من %n سلسلتين: %2. المصدر: %3. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>%1 من %n سلاسل: %2. المصدر: %3. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>%1 من %n سلسلة: %2. المصدر: %3. يسرد الجدول المجاور القيم.</numerusform>
                <numerusform>%1 من %n سلسلة: %2. المصدر: %3. يسرد الجدول المجاور القيم.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No points between %1 and %2 (the period the timeline shows).</source>
            <translation>لا نقاط بين %1 و%2 (الفترة التي يعرضها الخط الزمني).</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>الحالة: %1</translation>
        </message>
        <message>
            <source>Break in the series: %1</source>
            <translation>انقطاع في السلسلة: %1</translation>
        </message>
        <message>
            <source>%1
Source: %2</source>
            <translation>%1
المصدر: %2</translation>
        </message>
        <message>
            <source>%1
%2
Source: %3</source>
            <translation>%1
%2
المصدر: %3</translation>
        </message>
        <message>
            <source>Current point: %1.</source>
            <translation>النقطة الحالية: %1.</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>قارن مع…</translation>
        </message>
        <message>
            <source>Add another series of the same unit to this chart for the moment; the file is not changed</source>
            <translation>أضف مؤقتًا إلى هذا المخطط سلسلة أخرى من الوحدة نفسها؛ لا يتغيّر الملف</translation>
        </message>
    </context>
    <context>
        <name>bv::SettingsDialog</name>
        <message>
            <source>Folder for Your Notes</source>
            <translation>مجلد ملاحظاتك</translation>
        </message>
        <message>
            <source>System</source>
            <translation>النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>No briefing is open</source>
            <translation>لا يوجد موجز مفتوح</translation>
        </message>
        <message>
            <source>Automatic (a screen other than the window’s)</source>
            <translation>تلقائي (شاشة غير شاشة النافذة)</translation>
        </message>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (غير متصلة)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>لغة الوا&amp;جهة:</translation>
        </message>
        <message>
            <source>&amp;Content language:</source>
            <translation>لغة المح&amp;توى:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>ال&amp;سمة:</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;حجم النص:</translation>
        </message>
        <message>
            <source>Presentation scr&amp;een:</source>
            <translation>&amp;شاشة العرض التقديمي:</translation>
        </message>
        <message>
            <source>Presentation &amp;look:</source>
            <translation>&amp;مظهر العرض التقديمي:</translation>
        </message>
        <message>
            <source>&amp;Notes are kept in:</source>
            <translation>تُحفظ ال&amp;ملاحظات في:</translation>
        </message>
        <message>
            <source>&amp;Recent files listed:</source>
            <translation>الملفات ال&amp;حديثة المدرجة:</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>عادي</translation>
        </message>
        <message>
            <source>Projector (high contrast, larger text)</source>
            <translation>جهاز العرض (تباين عالٍ، نص أكبر)</translation>
        </message>
        <message>
            <source>The language of the briefing's own text, where it is translated</source>
            <translation>لغة نص الموجز نفسه، حيث تُرجم</translation>
        </message>
        <message>
            <source>Folder of your notes</source>
            <translation>مجلد ملاحظاتك</translation>
        </message>
        <message>
            <source>Your notes, bookmarks and reading positions are kept in the file library.sqlite in this folder.</source>
            <translation>تُحفظ ملاحظاتك وإشاراتك المرجعية ومواضع قراءتك في الملف library.sqlite في هذا المجلد.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <source>Keep your notes in another folder</source>
            <translation>احفظ ملاحظاتك في مجلد آخر</translation>
        </message>
        <message>
            <source>&amp;Open Folder</source>
            <translation>&amp;فتح المجلد</translation>
        </message>
        <message>
            <source>Show the folder in the file manager</source>
            <translation>إظهار المجلد في مدير الملفات</translation>
        </message>
        <message>
            <source>In a folder without a library you are asked whether to copy yours there; the library you leave stays where it is.</source>
            <translation>في مجلد بلا مكتبة تُسأل هل تُنسخ مكتبتك إليه؛ وتبقى المكتبة التي تتركها في مكانها.</translation>
        </message>
        <message>
            <source>How many files File &gt; Open Recent lists (0: none)</source>
            <translation>كم ملفًا تعرض ملف &gt; الملفات الحديثة (0: لا شيء)</translation>
        </message>
        <message>
            <source>Recent files listed</source>
            <translation>الملفات الحديثة المدرجة</translation>
        </message>
    </context>
    <context>
        <name>bv::ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>ابحث في الإجراءات والمفاتيح</translation>
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation>ابحث في الاختصارات</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>Actions and their shortcuts</source>
            <translation>الإجراءات واختصاراتها</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>أثناء العرض</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(بلا مفتاح)</translation>
        </message>
        <message>
            <source>Go to a stop</source>
            <translation>الانتقال إلى محطة</translation>
        </message>
        <message>
            <source>A number or part of a title, then Enter</source>
            <translation>رقم أو جزء من عنوان، ثم Enter</translation>
        </message>
        <message>
            <source>End the show</source>
            <translation>إنهاء العرض</translation>
        </message>
        <message>
            <source>Esc, Esc</source>
            <translation>Esc، Esc</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineOverview</name>
        <message>
            <source>Overview of the whole timeline</source>
            <translation>نظرة عامة على الخط الزمني كاملًا</translation>
        </message>
        <message>
            <source>Drag the window to move through time; drag its edges to zoom</source>
            <translation>اسحب النافذة للتنقل عبر الزمن، واسحب حوافها للتكبير والتصغير</translation>
        </message>
        <message>
            <source>Whole range</source>
            <translation>النطاق الكامل</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelinePanel</name>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 — edition %2 — %3</source>
            <translation>%1 — الإصدار %2 — %3</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>لا يوجد موجز مفتوح.</translation>
        </message>
        <message>
            <source>Timeline of events exported from Briefing Viewer</source>
            <translation>الخط الزمني للأحداث، مُصدَّر من Briefing Viewer</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>صور SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>تصدير الخط الزمني</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;مسارات:</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>حسب الفئة</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>حسب الجهة الفاعلة</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>ملاءمة الكل</translation>
        </message>
        <message>
            <source>Show every event (Ctrl+0 in the timeline)</source>
            <translation>عرض كل الأحداث (Ctrl+0 في الخط الزمني)</translation>
        </message>
        <message>
            <source>S&amp;ync time</source>
            <translation>م&amp;زامنة الوقت</translation>
        </message>
        <message>
            <source>The timeline and the time-axis charts show the same period</source>
            <translation>يعرض الخط الزمني والمخططات ذات المحور الزمني الفترة نفسها</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Save the visible timeline as PNG or SVG</source>
            <translation>حفظ الجزء الظاهر من الخط الزمني بصيغة PNG أو SVG</translation>
        </message>
        <message>
            <source>Events visible on the timeline</source>
            <translation>الأحداث الظاهرة على الخط الزمني</translation>
        </message>
    </context>
    <context>
        <name>bv::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n events here; click or zoom in to see them</source>
            <translation>
                <numerusform>%n حدث هنا؛ انقر أو كبّر العرض لرؤيتها</numerusform>
                <numerusform>%n حدث هنا؛ انقر أو كبّر العرض لرؤيته</numerusform>
                <numerusform>%n حدثان هنا؛ انقر أو كبّر العرض لرؤيتهما</numerusform>
                <numerusform>%n أحداث هنا؛ انقر أو كبّر العرض لرؤيتها</numerusform>
                <numerusform>%n حدثًا هنا؛ انقر أو كبّر العرض لرؤيتها</numerusform>
                <numerusform>%n حدث هنا؛ انقر أو كبّر العرض لرؤيتها</numerusform>
            </translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>الفئة: %1</translation>
        </message>
        <message>
            <source>No event chosen. Ctrl+Left and Ctrl+Right move from event to event, Enter selects it; + and - zoom.</source>
            <translation>لم يُختر أي حدث. ينتقل Ctrl+يسار وCtrl+يمين من حدث إلى آخر، ويحدده Enter؛ ويكبّر + ويصغّر -.</translation>
        </message>
        <message>
            <source>Event %1 of %2: %3.</source>
            <translation>الحدث %1 من %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>bv::TranslatorPanel</name>
        <message>
            <source>All text fields</source>
            <translation>كل الحقول النصية</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>ناقصة</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>قديمة</translation>
        </message>
        <message>
            <source>Shown in a fallback language</source>
            <translation>معروضة بلغة احتياطية</translation>
        </message>
        <message>
            <source>Translated</source>
            <translation>مترجمة</translation>
        </message>
        <message>
            <source>Show text fields</source>
            <translation>عرض الحقول النصية</translation>
        </message>
        <message>
            <source>Source texts and their translations</source>
            <translation>النصوص المصدر وترجماتها</translation>
        </message>
        <message>
            <source>Choose a content language (View &gt; Content Language) to see its translations here.</source>
            <translation>اختر لغة محتوى (عرض &gt; لغة المحتوى) لترى ترجماتها هنا.</translation>
        </message>
        <message>
            <source>%1: %2 translated, %3 missing (%4 shown in a fallback language), %5 stale.</source>
            <translation>%1: %2 مترجمة، %3 ناقصة (منها %4 معروضة بلغة احتياطية)، %5 قديمة.</translation>
        </message>
    </context>
    <context>
        <name>bv::WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>الملفات ال&amp;حديثة</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>Open a briefing file (%1)</source>
            <translation>فتح ملف موجز (%1)</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>أ&amp;مثلة</translation>
        </message>
        <message>
            <source>Open &amp;Sample Briefing</source>
            <translation>فتح الموجز ال&amp;نموذجي</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>م&amp;سح القائمة</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>Back to the previous item (%1)</source>
            <translation>الرجوع إلى العنصر السابق (%1)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;تقدّم</translation>
        </message>
        <message>
            <source>Forward to the next item (%1)</source>
            <translation>التقدّم إلى العنصر التالي (%1)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>نظرة &amp;عامة</translation>
        </message>
        <message>
            <source>Show the briefing's overview</source>
            <translation>عرض النظرة العامة على الموجز</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;بحث…</translation>
        </message>
        <message>
            <source>&amp;About Briefing Viewer</source>
            <translation>&amp;حول Briefing Viewer</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>شريط الأدوات</translation>
        </message>
        <message>
            <source>Open Briefing</source>
            <translation>فتح موجز</translation>
        </message>
        <message>
            <source>Briefings (*.briefing);;All files (*)</source>
            <translation>الموجزات (*.briefing);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>About Briefing Viewer</source>
            <translation>حول Briefing Viewer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;Reads policy briefings (format %2) offline, as linked views.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Briefing Viewer %1&lt;/h3&gt;&lt;p&gt;يقرأ موجزات السياسات (الصيغة %2) دون اتصال بالإنترنت، في صورة عروض مترابطة.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Make the item with this id current at start.</source>
            <translation>جعل العنصر ذي هذا المُعرِّف هو العنصر الحالي عند البدء.</translation>
        </message>
        <message>
            <source>Shows a policy briefing (.briefing file) as linked views. Without a file, it opens the built-in sample briefing.</source>
            <translation>يعرض موجز سياسات (ملف ‎.briefing) في صورة عروض مترابطة. وعند عدم تحديد ملف، يفتح الموجز النموذجي المدمج.</translation>
        </message>
        <message>
            <source>Briefing Viewer</source>
            <translation>Briefing Viewer</translation>
        </message>
        <message>
            <source>briefing-viewer: give one file at most.
</source>
            <translation>briefing-viewer: حدّد ملفًا واحدًا على الأكثر.
</translation>
        </message>
        <message>
            <source>The program's language: en, uk, de, fr or ar.</source>
            <translation>لغة البرنامج: en أو uk أو de أو fr أو ar.</translation>
        </message>
        <message>
            <source>Show the briefing's content in this language where it is translated.</source>
            <translation>عرض محتوى الموجز بهذه اللغة حيثما كان مترجمًا.</translation>
        </message>
        <message>
            <source>briefing-viewer: unknown language “%1”; use en, uk, de, fr or ar.</source>
            <translation>briefing-viewer: لغة غير معروفة «%1»؛ استخدم en أو uk أو de أو fr أو ar.</translation>
        </message>
        <message>
            <source>Search the briefing for this text at start.</source>
            <translation>البحث عن هذا النص في الموجز عند البدء.</translation>
        </message>
        <message>
            <source>The briefing file to open, or a briefing://BRIEFING-ID/ITEM-ID link.</source>
            <translation>ملف الموجز المراد فتحه، أو رابط بالشكل briefing://BRIEFING-ID/ITEM-ID.</translation>
        </message>
        <message>
            <source>Write the chart (or series) with this id to the file given with -o, and quit.</source>
            <translation>اكتب المخطط (أو السلسلة) ذا هذا المعرّف في الملف المحدد بـ -o، ثم اخرج.</translation>
        </message>
        <message>
            <source>The file --export-chart writes: .png, .svg or .pdf.</source>
            <translation>الملف الذي يكتبه --export-chart: ‎.png أو ‎.svg أو ‎.pdf.</translation>
        </message>
        <message>
            <source>The size of the exported chart in pixels, e.g. 1200x800 (or 1200 for the height it needs).</source>
            <translation>حجم المخطط المُصدَّر بالبكسل، مثل 1200x800 (أو 1200 للارتفاع الذي يحتاجه).</translation>
        </message>
        <message>
            <source>--export-chart needs the file to write: add -o OUT.png, -o OUT.svg or -o OUT.pdf.</source>
            <translation>يحتاج --export-chart إلى الملف المراد كتابته: أضف -o OUT.png أو -o OUT.svg أو -o OUT.pdf.</translation>
        </message>
        <message>
            <source>“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.</source>
            <translation>لا ينتهي «%1» بـ ‎.png أو ‎.svg أو ‎.pdf: سمِّ الملف المراد كتابته بأحدها.</translation>
        </message>
        <message>
            <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x800 (200 to 10000 wide, 150 or more high), or a width alone.</source>
            <translation>يأخذ --size العرضxالارتفاع بالبكسل، مثل 1200x800 (عرض من 200 إلى 10000، وارتفاع 150 فأكثر)، أو عرضًا وحده.</translation>
        </message>
        <message>
            <source>give one file at most.</source>
            <translation>حدّد ملفًا واحدًا على الأكثر.</translation>
        </message>
        <message>
            <source>Wrote the chart “%1” to %2</source>
            <translation>كُتب المخطط «%1» إلى %2</translation>
        </message>
        <message>
            <source>Start presenting the briefing's chosen path once it is open.</source>
            <translation>ابدأ عرض الجولة المختارة للموجز فور فتحه.</translation>
        </message>
    </context>
    <context>
        <name>PathExport</name>
        <message>
            <source>Speaker notes</source>
            <translation>ملاحظات المتحدث</translation>
        </message>
        <message>
            <source>These notes are cut here: they follow in full on the next page.</source>
            <translation>قُطعت هذه الملاحظات هنا: تجدها كاملة في الصفحة التالية.</translation>
        </message>
        <message>
            <source>Speaker notes of stop %1, page %2 of %3</source>
            <translation>ملاحظات المتحدث للمحطة %1، الصفحة %2 من %3</translation>
        </message>
        <message>
            <source>“%1” does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>لا ينتهي ”%1“ بـ ‎.pdf أو ‎.png: سمِّ الملف المراد كتابته بأحدهما.</translation>
        </message>
        <message>
            <source>The path “%1” has no stops: there is nothing to export.</source>
            <translation>المسار ”%1“ ليس فيه محطات: لا يوجد ما يُصدَّر.</translation>
        </message>
        <message>
            <source>A stage of %1×%2 pixels cannot be exported: choose from 320×180 to 7680×4320.</source>
            <translation>لا يمكن تصدير منصة بحجم %1×%2 بكسل: اختر من 320×180 إلى 7680×4320.</translation>
        </message>
        <message>
            <source>Speaker notes go into a PDF only: export the path as .pdf, or leave the notes out of the PNG files.</source>
            <translation>ملاحظات المتحدث تُضاف إلى ملف PDF فقط: صدّر المسار بصيغة ‎.pdf أو اترك الملاحظات خارج ملفات PNG.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>تعذّرت كتابة ”%1“: %2. اختر مجلدًا يمكنك الكتابة فيه.</translation>
        </message>
        <message>
            <source>the PDF writer refused the page</source>
            <translation>رفض كاتب PDF الصفحة</translation>
        </message>
    </context>
    <context>
        <name>PathExportCommand</name>
        <message>
            <source>Also look for the path among your own paths of this briefing, in your library (briefing-tool paths FILE --user lists them).</source>
            <translation>ابحث عن المسار أيضًا بين مساراتك الخاصة لهذه الإحاطة في مكتبتك (يسردها briefing-tool paths FILE --user).</translation>
        </message>
        <message>
            <source>The library file to look in (default: %1).</source>
            <translation>ملف المكتبة الذي يُبحث فيه (الافتراضي: %1).</translation>
        </message>
        <message>
            <source>The path to export: the id of one of the briefing's paths, or 'default' (default: its first path, else the default path).</source>
            <translation>المسار المراد تصديره: معرّف أحد مسارات الإحاطة، أو ”default“ (الافتراضي: مسارها الأول، وإلا فالمسار الافتراضي).</translation>
        </message>
        <message>
            <source>The speaker notes in a PDF: none, below (each stop's under it) or page (a page of their own after the stop).</source>
            <translation>ملاحظات المتحدث في ملف PDF: none (بدونها)، أو below (أسفل كل محطة)، أو page (صفحة مستقلة بعد المحطة).</translation>
        </message>
        <message>
            <source>The stage's size in pixels (default 1920x1080).</source>
            <translation>حجم المنصة بالبكسل (الافتراضي 1920x1080).</translation>
        </message>
        <message>
            <source>normal, or projector for high contrast.</source>
            <translation>normal، أو projector لتباين عالٍ.</translation>
        </message>
        <message>
            <source>The file to write: OUT.pdf, or OUT-%n.png (%n: the stop's number).</source>
            <translation>الملف المراد كتابته: OUT.pdf أو OUT-%n.png (‏%n: رقم المحطة).</translation>
        </message>
        <message>
            <source>briefing-tool: --notes takes none, below or page, not %1.</source>
            <translation>briefing-tool: يقبل ‎--notes القيمة none أو below أو page، لا %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --look takes normal or projector, not %1.</source>
            <translation>briefing-tool: يقبل ‎--look القيمة normal أو projector، لا %1.</translation>
        </message>
        <message>
            <source>briefing-tool: --size takes WIDTHxHEIGHT in pixels, from 320x180 to 7680x4320 (e.g. 1920x1080), not %1.</source>
            <translation>briefing-tool: يقبل ‎--size العرضxالارتفاع بالبكسل، من 320x180 إلى 7680x4320 (مثل 1920x1080)، لا %1.</translation>
        </message>
        <message>
            <source>briefing-tool: export-path needs the file to write: add -o OUT.pdf or -o OUT-%n.png.</source>
            <translation>briefing-tool: يحتاج export-path إلى الملف المراد كتابته: أضف ‎-o OUT.pdf أو ‎-o OUT-%n.png.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 does not end in .pdf or .png: name the file to write with one of them.</source>
            <translation>briefing-tool: لا ينتهي %1 بـ ‎.pdf أو ‎.png: سمِّ الملف المراد كتابته بأحدهما.</translation>
        </message>
        <message>
            <source>briefing-tool: %1 has no path %2. Its paths: %3 (see briefing-tool paths %4).</source>
            <translation>briefing-tool: لا يحتوي %1 على المسار %2. مساراته: %3 (انظر briefing-tool paths %4).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 (%n stop(s)) to %2.</source>
            <translation>
                <numerusform>كُتب المسار %1 (%n محطة) في %2.</numerusform>
                <numerusform>كُتب المسار %1 (%n محطة) في %2.</numerusform>
                <numerusform>كُتب المسار %1 (%n محطتان) في %2.</numerusform>
                <numerusform>كُتب المسار %1 (%n محطات) في %2.</numerusform>
                <numerusform>كُتب المسار %1 (%n محطة) في %2.</numerusform>
                <numerusform>كُتب المسار %1 (%n محطة) في %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the path %1 as %n PNG file(s): %2.</source>
            <translation>
                <numerusform>كُتب المسار %1 في %n ملف PNG: %2.</numerusform>
                <numerusform>كُتب المسار %1 في %n ملف PNG: %2.</numerusform>
                <numerusform>كُتب المسار %1 في %n ملفَي PNG: %2.</numerusform>
                <numerusform>كُتب المسار %1 في %n ملفات PNG: %2.</numerusform>
                <numerusform>كُتب المسار %1 في %n ملفًا PNG: %2.</numerusform>
                <numerusform>كُتب المسار %1 في %n ملف PNG: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <source>This stop shows “%1”, which the briefing no longer has. Go on to the next stop, or edit the path.</source>
            <translation>تعرض هذه المحطة ”%1“، ولم يعد موجودًا في الإحاطة. انتقل إلى المحطة التالية أو عدّل المسار.</translation>
        </message>
        <message>
            <source>edition %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Data point</source>
            <translation>نقطة بيانات</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>بلا قيمة</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Break in the series</source>
            <translation>انقطاع في السلسلة</translation>
        </message>
        <message>
            <source>Scenario %1</source>
            <translation>السيناريو %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 إلى %2</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>الجهات الفاعلة</translation>
        </message>
        <message>
            <source>Guarantors</source>
            <translation>الضامنون</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>المستفيد</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>%1 (scale: %2)</source>
            <translation>%1 (المقياس: %2)</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>الاحتمال</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportActions</name>
        <message>
            <source>Export &amp;Path…</source>
            <translation>تصدير ال&amp;مسار…</translation>
        </message>
        <message>
            <source>Write the chosen briefing path as a PDF or as PNG pictures, a stop each</source>
            <translation>كتابة مسار الإحاطة المختار بصيغة PDF أو صور PNG، صورة لكل محطة</translation>
        </message>
        <message>
            <source>No briefing is open.</source>
            <translation>لا توجد إحاطة مفتوحة.</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>تصدير المسار</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images, a file a stop (*.png)</source>
            <translation>صور PNG، ملف لكل محطة (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
    </context>
    <context>
        <name>bv::PathExportDialog</name>
        <message>
            <source>Export Path</source>
            <translation>تصدير المسار</translation>
        </message>
        <message numerus="yes">
            <source>“%1”, %n stop(s), each as the stage shows it.</source>
            <translation>
                <numerusform>”%1“، %n محطة، كما تعرضها المنصة.</numerusform>
                <numerusform>”%1“، %n محطة، كما تعرضها المنصة.</numerusform>
                <numerusform>”%1“، %n محطتان، كل منهما كما تعرضها المنصة.</numerusform>
                <numerusform>”%1“، %n محطات، كل منها كما تعرضها المنصة.</numerusform>
                <numerusform>”%1“، %n محطة، كل منها كما تعرضها المنصة.</numerusform>
                <numerusform>”%1“، %n محطة، كل منها كما تعرضها المنصة.</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF, a page a stop</source>
            <translation>PDF، صفحة لكل محطة</translation>
        </message>
        <message>
            <source>PNG, a picture a stop</source>
            <translation>PNG، صورة لكل محطة</translation>
        </message>
        <message>
            <source>None</source>
            <translation>بدون</translation>
        </message>
        <message>
            <source>Below each stop</source>
            <translation>أسفل كل محطة</translation>
        </message>
        <message>
            <source>On a page of their own</source>
            <translation>في صفحة مستقلة</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>عادي</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>جهاز العرض (تباين عالٍ)</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 بكسل</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>التنسيق:</translation>
        </message>
        <message>
            <source>Speaker notes:</source>
            <translation>ملاحظات المتحدث:</translation>
        </message>
        <message>
            <source>Look:</source>
            <translation>المظهر:</translation>
        </message>
        <message>
            <source>Stage size:</source>
            <translation>حجم المنصة:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
    </context>
    <context>
        <name>bv::StageText</name>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>bv::StageView</name>
        <message>
            <source>No briefing is open.</source>
            <translation>لا توجد إحاطة مفتوحة.</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
    </context>
    <context>
        <name>ChartComparison</name>
        <message>
            <source>A stacked chart adds its series up: another series would change its totals.</source>
            <translation>المخطط المكدَّس يجمع سلاسله: أي سلسلة أخرى ستغيّر مجاميعه.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>بلا وحدة</translation>
        </message>
        <message>
            <source>No other time series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>لا توجد سلسلة زمنية أخرى بوحدة «%1»: لا يشارك محورَ هذا المخطط إلا سلسلةٌ من الوحدة نفسها.</translation>
        </message>
        <message>
            <source>No other category series in “%1”: only a series of the same unit can share this chart's axis.</source>
            <translation>لا توجد سلسلة فئات أخرى بوحدة «%1»: لا يشارك محورَ هذا المخطط إلا سلسلةٌ من الوحدة نفسها.</translation>
        </message>
        <message numerus="yes">
            <source>%n series in other units are not offered.</source>
            <translation>
                <numerusform>لا تُعرض %n سلسلة بوحدات أخرى.</numerusform>
                <numerusform>لا تُعرض سلسلة واحدة (%n) بوحدة أخرى.</numerusform>
                <numerusform>لا تُعرض سلسلتان (%n) بوحدات أخرى.</numerusform>
                <numerusform>لا تُعرض %n سلاسل بوحدات أخرى.</numerusform>
                <numerusform>لا تُعرض %n سلسلةً بوحدات أخرى.</numerusform>
                <numerusform>لا تُعرض %n سلسلة بوحدات أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (added for comparison)</source>
            <translation>%1 (أُضيفت للمقارنة)</translation>
        </message>
        <message numerus="yes">
            <source>Added for comparison, not part of this chart in the briefing: %1.</source>
            <translation>
                <numerusform>أُضيفت للمقارنة، وليست جزءًا من هذا المخطط في الموجز: %1.</numerusform>
                <numerusform>أُضيفت للمقارنة، وليست جزءًا من هذا المخطط في الموجز: %1.</numerusform>
                <numerusform>أُضيفت للمقارنة، وليست جزءًا من هذا المخطط في الموجز: %1.</numerusform>
                <numerusform>أُضيفت للمقارنة، وليست جزءًا من هذا المخطط في الموجز: %1.</numerusform>
                <numerusform>أُضيفت للمقارنة، وليست جزءًا من هذا المخطط في الموجز: %1.</numerusform>
                <numerusform>أُضيفت للمقارنة، وليست جزءًا من هذا المخطط في الموجز: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>قارن مع</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Remove comparison: %1</source>
            <translation>إزالة المقارنة: %1</translation>
        </message>
        <message>
            <source>Remove every comparison</source>
            <translation>إزالة كل المقارنات</translation>
        </message>
    </context>
    <context>
        <name>bv::BudgetSpinBox</name>
        <message>
            <source>No budget</source>
            <translation>بلا وقت مخصص</translation>
        </message>
        <message>
            <source>The time to spend on this stop, as minutes:seconds (2:30); 0 for none</source>
            <translation>الوقت المخصص لهذه المحطة بالدقائق:الثواني (2:30)؛ 0 لعدم التخصيص</translation>
        </message>
    </context>
    <context>
        <name>bv::PathActions</name>
        <message>
            <source>&amp;Presentation</source>
            <translation>ال&amp;عرض التقديمي</translation>
        </message>
        <message>
            <source>&amp;Add This View as a Stop</source>
            <translation>أ&amp;ضف هذا العرض كمحطة</translation>
        </message>
        <message>
            <source>Add what is on screen (the chart or timeline you are in, the current item, the overview) to your path after its current stop</source>
            <translation>أضف ما على الشاشة (المخطط أو الخط الزمني الذي أنت فيه، العنصر الحالي، النظرة العامة) إلى مسارك بعد محطته الحالية</translation>
        </message>
        <message>
            <source>&amp;Delete Current Stop</source>
            <translation>ا&amp;حذف المحطة الحالية</translation>
        </message>
        <message>
            <source>Remove the current stop from your path</source>
            <translation>أزل المحطة الحالية من مسارك</translation>
        </message>
        <message>
            <source>Path &amp;Editor</source>
            <translation>م&amp;حرر المسارات</translation>
        </message>
        <message>
            <source>Show the path editor: the stops of the chosen path, their notes and budgets</source>
            <translation>اعرض محرر المسارات: محطات المسار المختار وملاحظاتها وأوقاتها المخصصة</translation>
        </message>
        <message>
            <source>Timeline, %1 to %2</source>
            <translation>الخط الزمني، من %1 إلى %2</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Path not saved</source>
            <translation>لم يُحفظ المسار</translation>
        </message>
        <message>
            <source>Add This View as a Stop</source>
            <translation>أضف هذا العرض كمحطة</translation>
        </message>
        <message>
            <source>There is nothing on screen that a stop can show.</source>
            <translation>لا شيء على الشاشة يمكن لمحطة أن تعرضه.</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>مساري</translation>
        </message>
        <message>
            <source>“%1” has %2 stops, as many as a path can have.</source>
            <translation>في «%1» %2 محطة، وهو أقصى ما يمكن لمسار أن يحويه.</translation>
        </message>
        <message>
            <source>Added “%1” to “%2” as stop %3.</source>
            <translation>أُضيف «%1» إلى «%2» محطةً رقم %3.</translation>
        </message>
        <message>
            <source>Deleted the stop “%1”.</source>
            <translation>حُذفت المحطة «%1».</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>حذف المحطة</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>أتحذف المحطة «%1» وملاحظات المتحدث فيها؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Add &amp;Scenarios Side by Side</source>
            <translation>أضف سيناريوهات جنبًا إلى &amp;جنب</translation>
        </message>
        <message>
            <source>Add a stop that compares two or three scenarios (the current one and the next; check others in the path editor)</source>
            <translation>أضف محطة تقارن سيناريوهين أو ثلاثة (الحالي والتالي؛ حدّد غيرهما في محرر المسارات)</translation>
        </message>
        <message>
            <source>Add Scenarios Side by Side</source>
            <translation>أضف سيناريوهات جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>The briefing has fewer than two scenarios to compare.</source>
            <translation>في الإحاطة أقل من سيناريوهين للمقارنة.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>سيناريوهات جنبًا إلى جنب</translation>
        </message>
    </context>
    <context>
        <name>bv::PathEditor</name>
        <message>
            <source>Default path (made from the contents)</source>
            <translation>المسار الافتراضي (من المحتوى)</translation>
        </message>
        <message>
            <source>The overview, each guarantee, scenario and chart, and the FAQ</source>
            <translation>النظرة العامة وكل ضمان وسيناريو ومخطط والأسئلة الشائعة</translation>
        </message>
        <message>
            <source>%1 (the briefing's)</source>
            <translation>%1 (من الموجز)</translation>
        </message>
        <message>
            <source>Written into the briefing by its author: shown, not changed</source>
            <translation>كتبه المؤلف في الموجز: يُعرض ولا يُغيَّر</translation>
        </message>
        <message>
            <source>Your own path, kept in your library</source>
            <translation>مسارك الخاص، محفوظ في مكتبتك</translation>
        </message>
        <message>
            <source>The changes to “%1” were not saved: another briefing was opened meanwhile.</source>
            <translation>لم تُحفظ التغييرات على «%1»: فُتح موجز آخر في الأثناء.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>لم يُحفظ: %1</translation>
        </message>
        <message>
            <source>Saved in your library.</source>
            <translation>حُفظ في مكتبتك.</translation>
        </message>
        <message>
            <source>The default path is made from the briefing's contents and cannot be changed. Duplicate it to make a path of your own.</source>
            <translation>يُنشأ المسار الافتراضي من محتوى الموجز ولا يمكن تغييره. انسخه لتصنع مسارًا خاصًا بك.</translation>
        </message>
        <message>
            <source>This path was written into the briefing by its author; the briefing file is never changed. Duplicate it to edit a copy of your own.</source>
            <translation>كتب مؤلف الموجز هذا المسار فيه؛ ولا يُغيَّر ملف الموجز أبدًا. انسخه لتحرير نسخة خاصة بك.</translation>
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation>ال&amp;مسار:</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>المسار</translation>
        </message>
        <message>
            <source>The path to present and edit: the briefing's default path, its author's paths, or your own</source>
            <translation>المسار الذي تعرضه وتحرره: المسار الافتراضي للموجز أو مسارات مؤلفه أو مساراتك</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>المسارات</translation>
        </message>
        <message>
            <source>Path commands</source>
            <translation>أوامر المسار</translation>
        </message>
        <message>
            <source>New, duplicate, rename, delete, export or import a path</source>
            <translation>أنشئ مسارًا أو انسخه أو أعد تسميته أو احذفه أو صدّره أو استورده</translation>
        </message>
        <message>
            <source>&amp;New Path…</source>
            <translation>مسار &amp;جديد…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>ن&amp;سخ</translation>
        </message>
        <message>
            <source>Copy the chosen path into a path of your own, which you can change</source>
            <translation>انسخ المسار المختار إلى مسار خاص بك يمكنك تغييره</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>إعادة ت&amp;سمية…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Write the chosen path to a small JSON file for a colleague</source>
            <translation>اكتب المسار المختار في ملف JSON صغير لزميل</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>ا&amp;ستيراد…</translation>
        </message>
        <message>
            <source>Add a path from a JSON file to your own paths</source>
            <translation>أضف مسارًا من ملف JSON إلى مساراتك</translation>
        </message>
        <message>
            <source>Delete Stop</source>
            <translation>حذف المحطة</translation>
        </message>
        <message>
            <source>Remove the chosen stop from the path (Delete)</source>
            <translation>أزل المحطة المختارة من المسار (Delete)</translation>
        </message>
        <message>
            <source>Move Stop Up</source>
            <translation>ارفع المحطة</translation>
        </message>
        <message>
            <source>Move the chosen stop one place earlier (Alt+Up)</source>
            <translation>انقل المحطة المختارة مكانًا إلى الأمام (Alt+أعلى)</translation>
        </message>
        <message>
            <source>Move Stop Down</source>
            <translation>أنزل المحطة</translation>
        </message>
        <message>
            <source>Move the chosen stop one place later (Alt+Down)</source>
            <translation>انقل المحطة المختارة مكانًا إلى الخلف (Alt+أسفل)</translation>
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation>انسخ للتحرير</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up or Alt+Down, to change the order; F2 renames it</source>
            <translation>اسحب محطة، أو اضغط Alt+أعلى أو Alt+أسفل، لتغيير الترتيب؛ F2 لإعادة تسميتها</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Stop title</source>
            <translation>عنوان المحطة</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>الوقت الم&amp;خصص:</translation>
        </message>
        <message>
            <source>Time budget</source>
            <translation>الوقت المخصص</translation>
        </message>
        <message>
            <source>Speaker &amp;notes (Markdown):</source>
            <translation>&amp;ملاحظات المتحدث (Markdown):</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>ملاحظات المتحدث</translation>
        </message>
        <message>
            <source>What to say at this stop. **Bold**, *italic* and lists are shown on the console.</source>
            <translation>ما ستقوله في هذه المحطة. يظهر **الغامق** و*المائل* والقوائم على شاشة المقدّم.</translation>
        </message>
        <message>
            <source>Path Editor</source>
            <translation>محرر المسارات</translation>
        </message>
        <message>
            <source>The path was not made: %1</source>
            <translation>لم يُنشأ المسار: %1</translation>
        </message>
        <message>
            <source>“%1” is one of your paths now. Add stops with Presentation &gt; Add This View as a Stop.</source>
            <translation>أصبح «%1» أحد مساراتك. أضف محطات من العرض التقديمي &gt; أضف هذا العرض كمحطة.</translation>
        </message>
        <message>
            <source>%1 (my copy)</source>
            <translation>%1 (نسختي)</translation>
        </message>
        <message>
            <source>The path was not duplicated: %1</source>
            <translation>لم يُنسخ المسار: %1</translation>
        </message>
        <message>
            <source>“%1” is your own copy: change it as you like.</source>
            <translation>«%1» نسختك الخاصة: غيّرها كما تشاء.</translation>
        </message>
        <message>
            <source>The path was not renamed: %1</source>
            <translation>لم تُعد تسمية المسار: %1</translation>
        </message>
        <message>
            <source>Renamed “%1”.</source>
            <translation>أُعيدت التسمية إلى «%1».</translation>
        </message>
        <message>
            <source>The path was not deleted: %1</source>
            <translation>لم يُحذف المسار: %1</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>حُذف «%1».</translation>
        </message>
        <message>
            <source>There is no path with stops to export.</source>
            <translation>لا يوجد مسار فيه محطات لتصديره.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
            <translation>تعذّرت كتابة «%1»: %2. اختر مجلدًا يمكنك الكتابة فيه.</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <translation>كُتب «%1» في %2.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2.</source>
            <translation>تعذّرت قراءة «%1»: %2.</translation>
        </message>
        <message>
            <source>“%1” was not imported: it is larger than a path can be (%2 MB at most).</source>
            <translation>لم يُستورد «%1»: حجمه أكبر مما يمكن أن يكون عليه مسار (%2 ميغابايت على الأكثر).</translation>
        </message>
        <message>
            <source>You have this path already: “%1”.</source>
            <translation>لديك هذا المسار بالفعل: «%1».</translation>
        </message>
        <message>
            <source>Imported “%1”. The open briefing cannot show all of it (the stops are kept as written):
%2</source>
            <translation>استُورد «%1». لا يستطيع الموجز المفتوح عرضه كله (تُحفظ المحطات كما كُتبت):
%2</translation>
        </message>
        <message>
            <source>Imported “%1” into your paths.</source>
            <translation>استُورد «%1» إلى مساراتك.</translation>
        </message>
        <message>
            <source>New Path</source>
            <translation>مسار جديد</translation>
        </message>
        <message>
            <source>Title of the new path:</source>
            <translation>عنوان المسار الجديد:</translation>
        </message>
        <message>
            <source>My path</source>
            <translation>مساري</translation>
        </message>
        <message>
            <source>Rename Path</source>
            <translation>إعادة تسمية المسار</translation>
        </message>
        <message>
            <source>New title of the path:</source>
            <translation>العنوان الجديد للمسار:</translation>
        </message>
        <message>
            <source>Delete Path</source>
            <translation>حذف المسار</translation>
        </message>
        <message numerus="yes">
            <source>Delete your path “%1” with its %n stop(s), its speaker notes and rehearsals? This cannot be undone.</source>
            <translation>
                <numerusform>أتحذف مسارك «%1» بمحطاته (%n) وملاحظات المتحدث والتدريبات؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>أتحذف مسارك «%1» بمحطته الوحيدة (%n) وملاحظات المتحدث والتدريبات؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>أتحذف مسارك «%1» بمحطتيه (%n) وملاحظات المتحدث والتدريبات؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>أتحذف مسارك «%1» بمحطاته الـ%n وملاحظات المتحدث والتدريبات؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>أتحذف مسارك «%1» بمحطاته الـ%n وملاحظات المتحدث والتدريبات؟ لا يمكن التراجع عن ذلك.</numerusform>
                <numerusform>أتحذف مسارك «%1» بمحطاته الـ%n وملاحظات المتحدث والتدريبات؟ لا يمكن التراجع عن ذلك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Export Path</source>
            <translation>تصدير المسار</translation>
        </message>
        <message>
            <source>Briefing paths (*.json)</source>
            <translation>مسارات الموجز (*.json)</translation>
        </message>
        <message>
            <source>Import Path</source>
            <translation>استيراد مسار</translation>
        </message>
        <message>
            <source>Briefing paths (*.json);;All files (*)</source>
            <translation>مسارات الموجز (*.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Delete the stop “%1” and its speaker notes? This cannot be undone.</source>
            <translation>أتحذف المحطة «%1» وملاحظات المتحدث فيها؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>bv::PathStopsModel</name>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>Item card</source>
            <translation>بطاقة عنصر</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>سيناريوهات جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>Untitled stop</source>
            <translation>محطة بلا عنوان</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>الوقت المخصص %1</translation>
        </message>
        <message>
            <source>with notes</source>
            <translation>مع ملاحظات</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>ملاحظات</translation>
        </message>
    </context>
    <context>
        <name>bv::StopFields</name>
        <message>
            <source>P&amp;eriod:</source>
            <translation>ال&amp;فترة:</translation>
        </message>
        <message>
            <source>to</source>
            <extracomment>Between the two bounds of a stop's period: "2018 to 2024"</extracomment>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>الفترة من</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>الفترة إلى</translation>
        </message>
        <message>
            <source>YYYY</source>
            <extracomment>A placeholder: the form of a period's bound</extracomment>
            <translation>YYYY</translation>
        </message>
        <message>
            <source>A year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15); empty: open on that side</source>
            <translation>سنة (2024) أو ربع سنة (2024-Q2) أو شهر (2024-03) أو يوم (2024-03-15)؛ فارغ: مفتوح من هذا الجانب</translation>
        </message>
        <message>
            <source>&amp;Whole period</source>
            <translation>الفترة &amp;كاملة</translation>
        </message>
        <message>
            <source>Show all of the chart's or the timeline's period</source>
            <translation>اعرض فترة الرسم البياني أو الخط الزمني كلها</translation>
        </message>
        <message>
            <source>&amp;Highlight:</source>
            <translation>الإ&amp;براز:</translation>
        </message>
        <message>
            <source>Highlighted item</source>
            <translation>العنصر المُبرز</translation>
        </message>
        <message>
            <source>Nothing highlighted</source>
            <translation>لا شيء مُبرز</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>&amp;مسارات:</translation>
        </message>
        <message>
            <source>Lanes by</source>
            <translation>المسارات حسب</translation>
        </message>
        <message>
            <source>Lanes shown</source>
            <translation>المسارات المعروضة</translation>
        </message>
        <message>
            <source>The lanes the stop shows; none checked: all of them</source>
            <translation>المسارات التي تعرضها المحطة؛ إن لم يُحدَّد أي منها: كلها</translation>
        </message>
        <message>
            <source>&amp;Scenarios:</source>
            <translation>ال&amp;سيناريوهات:</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>سيناريوهات جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>Check two or three scenarios to show side by side</source>
            <translation>حدّد سيناريوهين أو ثلاثة لعرضها جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>حسب الفئة</translation>
        </message>
        <message>
            <source>By actor</source>
            <translation>حسب الجهة الفاعلة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A data point to highlight: %1 its series, %2 its label (a year, a country)</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not a date: write a year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15).</source>
            <translation>%1 ليس تاريخًا: اكتب سنة (2024) أو ربع سنة (2024-Q2) أو شهرًا (2024-03) أو يومًا (2024-03-15).</translation>
        </message>
        <message>
            <source>The period ends (%1) before it starts (%2).</source>
            <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2).</translation>
        </message>
        <message>
            <source>A comparison shows at most three scenarios: uncheck one before checking %1.</source>
            <translation>تعرض المقارنة ثلاثة سيناريوهات على الأكثر: ألغِ تحديد أحدها قبل تحديد %1.</translation>
        </message>
        <message>
            <source>A comparison shows two or three scenarios: check another before unchecking %1.</source>
            <translation>تعرض المقارنة سيناريوهين أو ثلاثة: حدّد سيناريو آخر قبل إلغاء تحديد %1.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeyMap</name>
        <message>
            <source>Next stop</source>
            <translation>المحطة التالية</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>المحطة السابقة</translation>
        </message>
        <message>
            <source>First stop</source>
            <translation>المحطة الأولى</translation>
        </message>
        <message>
            <source>Last stop</source>
            <translation>المحطة الأخيرة</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>شاشة سوداء</translation>
        </message>
        <message>
            <source>White screen</source>
            <translation>شاشة بيضاء</translation>
        </message>
        <message>
            <source>Freeze the stage</source>
            <translation>تجميد المسرح</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>إيقاف الساعة مؤقتًا</translation>
        </message>
        <message>
            <source>Swap the screens</source>
            <translation>تبديل الشاشتين</translation>
        </message>
        <message>
            <source>Type into Go to</source>
            <translation>الكتابة في «انتقل إلى»</translation>
        </message>
        <message>
            <source>Larger notes</source>
            <translation>ملاحظات أكبر</translation>
        </message>
        <message>
            <source>Smaller notes</source>
            <translation>ملاحظات أصغر</translation>
        </message>
        <message>
            <source>No key was pressed.</source>
            <translation>لم يُضغط أي مفتاح.</translation>
        </message>
        <message>
            <source>“%1” is several keys one after another; a show’s key is one key, with or without Ctrl, Alt or Shift.</source>
            <translation>«%1» عدة مفاتيح متتالية؛ مفتاح العرض مفتاح واحد، مع Ctrl أو Alt أو Shift أو بدونها.</translation>
        </message>
        <message>
            <source>Esc is kept for ending the show (pressed twice) and for emptying the Go to field.</source>
            <translation>يبقى Esc لإنهاء العرض (بضغطه مرتين) ولإفراغ حقل «انتقل إلى».</translation>
        </message>
        <message>
            <source>F5 and Shift+F5 do nothing during a show, so that a clicker’s “present” button cannot end or restart it.</source>
            <translation>لا يفعل F5 وShift+F5 شيئًا أثناء العرض، كي لا يُنهيه زر «العرض» في جهاز التحكم عن بُعد ولا يعيد بدأه.</translation>
        </message>
        <message>
            <source>The digits are kept for going to a stop by its number.</source>
            <translation>تبقى الأرقام للانتقال إلى محطة برقمها.</translation>
        </message>
        <message>
            <source>“%1” is not a key of its own.</source>
            <translation>«%1» ليس مفتاحًا قائمًا بذاته.</translation>
        </message>
        <message>
            <source>“%1” is already the key of “%2”, so it cannot also be a key of “%3”. Remove it from “%2” first, or choose another key.</source>
            <translation>«%1» هو مفتاح «%2» بالفعل، فلا يمكن أن يكون أيضًا مفتاحًا لـ«%3». أزله من «%2» أولًا، أو اختر مفتاحًا آخر.</translation>
        </message>
        <message>
            <source>“%1” is not a key.</source>
            <translation>«%1» ليس مفتاحًا.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: “%2” is another action’s key.</source>
            <translation>%1: «%2» مفتاح إجراء آخر.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationController</name>
        <message>
            <source>One screen: the stage and the console have no places to trade.</source>
            <translation>شاشة واحدة: لا مكانين يتبادلهما المسرح ولوحة التحكم.</translation>
        </message>
        <message>
            <source>The stage and the console traded places.</source>
            <translation>تبادل المسرح ولوحة التحكم مكانيهما.</translation>
        </message>
        <message>
            <source>The stage and the console are back in their places.</source>
            <translation>عاد المسرح ولوحة التحكم إلى مكانيهما.</translation>
        </message>
    </context>
    <context>
        <name>bv::PresentationKeysEditor</name>
        <message>
            <source>(no key)</source>
            <translation>(بلا مفتاح)</translation>
        </message>
        <message>
            <source>Presentation keys</source>
            <translation>مفاتيح العرض</translation>
        </message>
        <message>
            <source>During a show</source>
            <translation>أثناء العرض</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>The show’s actions and their keys</source>
            <translation>إجراءات العرض ومفاتيحها</translation>
        </message>
        <message>
            <source>Keys of the chosen action</source>
            <translation>مفاتيح الإجراء المختار</translation>
        </message>
        <message>
            <source>Press the key to add to the chosen action</source>
            <translation>اضغط المفتاح المراد إضافته إلى الإجراء المختار</translation>
        </message>
        <message>
            <source>New key for the chosen action</source>
            <translation>مفتاح جديد للإجراء المختار</translation>
        </message>
        <message>
            <source>&amp;Add Key</source>
            <translation>&amp;إضافة المفتاح</translation>
        </message>
        <message>
            <source>Re&amp;move Key</source>
            <translation>إزالة ال&amp;مفتاح</translation>
        </message>
        <message>
            <source>Restore &amp;Defaults</source>
            <translation>استعادة ال&amp;افتراضي</translation>
        </message>
        <message>
            <source>Always, and not to be changed: Esc twice ends the show, F5 and Shift+F5 do nothing during it, and a number, or letters no action has, then Enter go to a stop.</source>
            <translation>دائمًا ودون تغيير: Esc مرتين يُنهي العرض، ولا يفعل F5 وShift+F5 شيئًا أثناءه، ورقم أو أحرف لا يملكها أي إجراء ثم Enter ينتقل إلى محطة.</translation>
        </message>
    </context>
</TS>
