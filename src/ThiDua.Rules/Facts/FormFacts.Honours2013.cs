namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2013 Law's honorary titles and the vn-2013-nd42 forms (area Honours2013).</summary>
    public sealed partial class FormFacts
    {
        /// <summary>The council's finding <c>metArmedForcesHeroStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetArmedForcesHeroStandard => Finding(a => a.MetArmedForcesHeroStandard);

        /// <summary>The council's finding <c>metHeroicMotherStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetHeroicMotherStandard => Finding(a => a.MetHeroicMotherStandard);

        /// <summary>The council's finding <c>metMeritoriousPhysicianStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetMeritoriousPhysicianStandard => Finding(a => a.MetMeritoriousPhysicianStandard);

        /// <summary>The council's finding <c>metPeoplesPhysicianStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetPeoplesPhysicianStandard => Finding(a => a.MetPeoplesPhysicianStandard);

        /// <summary>The council's finding <c>metMeritoriousArtisanHandicraftStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetMeritoriousArtisanHandicraftStandard => Finding(a => a.MetMeritoriousArtisanHandicraftStandard);

        /// <summary>The council's finding <c>metPeoplesArtisanHandicraftStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetPeoplesArtisanHandicraftStandard => Finding(a => a.MetPeoplesArtisanHandicraftStandard);

        /// <summary>The council's finding <c>metMeritoriousArtisanHeritageStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetMeritoriousArtisanHeritageStandard => Finding(a => a.MetMeritoriousArtisanHeritageStandard);

        /// <summary>The council's finding <c>metPeoplesArtisanHeritageStandard</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetPeoplesArtisanHeritageStandard => Finding(a => a.MetPeoplesArtisanHeritageStandard);

        /// <summary>The council's finding <c>labourOrderThirdClassMeritFinding</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool LabourOrderThirdClassMeritFinding => Finding(a => a.LabourOrderThirdClassMeritFinding);

        /// <summary>The council's finding <c>metMinistryCertificateDecreeRoute</c> (a State honorary title or a vn-2013-nd42 form under the 2013 Law).</summary>
        public bool MetMinistryCertificateDecreeRoute => Finding(a => a.MetMinistryCertificateDecreeRoute);
    }
}
