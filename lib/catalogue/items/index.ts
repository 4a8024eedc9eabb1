// Every shipped catalogue item, one file each. Adding an item: write its file and list it here;
// lib/catalogue/catalogue.ts validates the list at load and tests/unit/catalogue checks the content.
import type { CatalogueItemInput } from "../item-schema";
import { advisoryAndDiagnosticServices } from "./advisory-and-diagnostic-services";
import { aedesign } from "./aedesign";
import { arcelik } from "./arcelik";
import { avsTechnology } from "./avs-technology";
import { c4i4LabPune } from "./c4i4-lab-pune";
import { chinaBaowuSteel } from "./china-baowu-steel";
import { clusterProgrammes } from "./cluster-programmes";
import { demonstrationLabs } from "./demonstration-labs";
import { freeZoneIncentives } from "./free-zone-incentives";
import { genesisBionics } from "./genesis-bionics";
import { haier } from "./haier";
import { igniteNationalTechnologyFund } from "./ignite-national-technology-fund";
import { industry4wrdFirstEnablers } from "./industry4wrd-first-enablers";
import { industry4wrdReadinessAssessment } from "./industry4wrd-readiness-assessment";
import { mahindraAndMahindra } from "./mahindra-and-mahindra";
import { matchingGrants } from "./matching-grants";
import { newTek } from "./new-tek";
import { penangAutomationCluster } from "./penang-automation-cluster";
import { pooledSolutionCalls } from "./pooled-solution-calls";
import { sinoGermanSmartManufacturing } from "./sino-german-smart-manufacturing";
import { startUpSeedFunds } from "./start-up-seed-funds";
import { technologyTransferPartnerships } from "./technology-transfer-partnerships";
import { technologyVouchers } from "./technology-vouchers";
import { thales3d } from "./thales-3d";
import { trainingAndApprenticeships } from "./training-and-apprenticeships";
import { zcRubber } from "./zc-rubber";
import { zhejiangCloudAdoption } from "./zhejiang-cloud-adoption";

export const shippedItems: readonly CatalogueItemInput[] = [
  // The ten firm case studies of the source report.
  aedesign,
  arcelik,
  avsTechnology,
  chinaBaowuSteel,
  genesisBionics,
  haier,
  mahindraAndMahindra,
  newTek,
  thales3d,
  zcRubber,
  // The source's seven policy initiatives, the F.I.R.S.T. enablers of Industry4WRD counted as the seventh.
  c4i4LabPune,
  igniteNationalTechnologyFund,
  industry4wrdFirstEnablers,
  industry4wrdReadinessAssessment,
  penangAutomationCluster,
  sinoGermanSmartManufacturing,
  zhejiangCloudAdoption,
  // Generic instrument types, described from general practice with the source's examples.
  advisoryAndDiagnosticServices,
  clusterProgrammes,
  demonstrationLabs,
  freeZoneIncentives,
  matchingGrants,
  pooledSolutionCalls,
  startUpSeedFunds,
  technologyTransferPartnerships,
  technologyVouchers,
  trainingAndApprenticeships,
];
