namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2013 Law's armed-forces orders and medals (issue 11).</summary>
    public sealed partial class FormFacts
    {
        /// <summary>The council's finding <c>armedForcesContinuousServiceCompliance</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool ArmedForcesContinuousServiceCompliance => Finding(a => a.ArmedForcesContinuousServiceCompliance);

        /// <summary>The council's finding <c>militaryExploitFirstClassServiceRoute</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MilitaryExploitFirstClassServiceRoute => Finding(a => a.MilitaryExploitFirstClassServiceRoute);

        /// <summary>The council's finding <c>militaryExploitFirstClassFeat</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MilitaryExploitFirstClassFeat => Finding(a => a.MilitaryExploitFirstClassFeat);

        /// <summary>The council's finding <c>metMilitaryExploitFirstClassLawStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetMilitaryExploitFirstClassLawStandard => Finding(a => a.MetMilitaryExploitFirstClassLawStandard);

        /// <summary>The council's finding <c>militaryExploitSecondClassServiceRoute</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MilitaryExploitSecondClassServiceRoute => Finding(a => a.MilitaryExploitSecondClassServiceRoute);

        /// <summary>The council's finding <c>militaryExploitSecondClassFeat</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MilitaryExploitSecondClassFeat => Finding(a => a.MilitaryExploitSecondClassFeat);

        /// <summary>The council's finding <c>metMilitaryExploitSecondClassLawStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetMilitaryExploitSecondClassLawStandard => Finding(a => a.MetMilitaryExploitSecondClassLawStandard);

        /// <summary>The council's finding <c>militaryExploitThirdClassServiceRoute</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MilitaryExploitThirdClassServiceRoute => Finding(a => a.MilitaryExploitThirdClassServiceRoute);

        /// <summary>The council's finding <c>militaryExploitThirdClassFeat</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MilitaryExploitThirdClassFeat => Finding(a => a.MilitaryExploitThirdClassFeat);

        /// <summary>The council's finding <c>metMilitaryExploitThirdClassLawStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetMilitaryExploitThirdClassLawStandard => Finding(a => a.MetMilitaryExploitThirdClassLawStandard);

        /// <summary>The council's finding <c>peoplesArmedForcesMember</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool PeoplesArmedForcesMember => Finding(a => a.PeoplesArmedForcesMember);

        /// <summary>The council's finding <c>fatherlandDefenceFirstClassExceptionalAchievement</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceFirstClassExceptionalAchievement => Finding(a => a.FatherlandDefenceFirstClassExceptionalAchievement);

        /// <summary>The council's finding <c>fatherlandDefenceFirstClassAchievementChain</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceFirstClassAchievementChain => Finding(a => a.FatherlandDefenceFirstClassAchievementChain);

        /// <summary>The council's finding <c>fatherlandDefenceFirstClassServiceRoute</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceFirstClassServiceRoute => Finding(a => a.FatherlandDefenceFirstClassServiceRoute);

        /// <summary>The council's finding <c>metFatherlandDefenceFirstClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetFatherlandDefenceFirstClassStandard => Finding(a => a.MetFatherlandDefenceFirstClassStandard);

        /// <summary>The council's finding <c>fatherlandDefenceSecondClassExceptionalAchievement</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceSecondClassExceptionalAchievement => Finding(a => a.FatherlandDefenceSecondClassExceptionalAchievement);

        /// <summary>The council's finding <c>fatherlandDefenceSecondClassAchievementChain</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceSecondClassAchievementChain => Finding(a => a.FatherlandDefenceSecondClassAchievementChain);

        /// <summary>The council's finding <c>fatherlandDefenceSecondClassServiceRoute</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceSecondClassServiceRoute => Finding(a => a.FatherlandDefenceSecondClassServiceRoute);

        /// <summary>The council's finding <c>metFatherlandDefenceSecondClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetFatherlandDefenceSecondClassStandard => Finding(a => a.MetFatherlandDefenceSecondClassStandard);

        /// <summary>The council's finding <c>fatherlandDefenceThirdClassExceptionalAchievement</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceThirdClassExceptionalAchievement => Finding(a => a.FatherlandDefenceThirdClassExceptionalAchievement);

        /// <summary>The council's finding <c>fatherlandDefenceThirdClassAchievementChain</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceThirdClassAchievementChain => Finding(a => a.FatherlandDefenceThirdClassAchievementChain);

        /// <summary>The council's finding <c>fatherlandDefenceThirdClassServiceRoute</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool FatherlandDefenceThirdClassServiceRoute => Finding(a => a.FatherlandDefenceThirdClassServiceRoute);

        /// <summary>The council's finding <c>metFatherlandDefenceThirdClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetFatherlandDefenceThirdClassStandard => Finding(a => a.MetFatherlandDefenceThirdClassStandard);

        /// <summary>The council's finding <c>metFeatOfArmsFirstClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetFeatOfArmsFirstClassStandard => Finding(a => a.MetFeatOfArmsFirstClassStandard);

        /// <summary>The council's finding <c>metFeatOfArmsSecondClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetFeatOfArmsSecondClassStandard => Finding(a => a.MetFeatOfArmsSecondClassStandard);

        /// <summary>The council's finding <c>metFeatOfArmsThirdClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetFeatOfArmsThirdClassStandard => Finding(a => a.MetFeatOfArmsThirdClassStandard);

        /// <summary>The council's finding <c>metGreatNationalUnityOrderStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetGreatNationalUnityOrderStandard => Finding(a => a.MetGreatNationalUnityOrderStandard);

        /// <summary>The council's finding <c>metGloriousFighterFirstClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetGloriousFighterFirstClassStandard => Finding(a => a.MetGloriousFighterFirstClassStandard);

        /// <summary>The council's finding <c>metGloriousFighterSecondClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetGloriousFighterSecondClassStandard => Finding(a => a.MetGloriousFighterSecondClassStandard);

        /// <summary>The council's finding <c>metGloriousFighterThirdClassStandard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetGloriousFighterThirdClassStandard => Finding(a => a.MetGloriousFighterThirdClassStandard);

        /// <summary>The council's finding <c>metVictoryBannerMedal2013Standard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetVictoryBannerMedal2013Standard => Finding(a => a.MetVictoryBannerMedal2013Standard);

        /// <summary>The council's finding <c>metSecurityMedal2013Standard</c>: true only when the council gave it (an armed-forces form, issue 11).</summary>
        public bool MetSecurityMedal2013Standard => Finding(a => a.MetSecurityMedal2013Standard);
    }
}
