/**
 * Banklet HTTP API types — generated, do not edit.
 * Source: contract/banklet.openapi.yaml. Regenerate with `npm run generate:api`;
 * a Node test fails when this file and the contract disagree.
 */
/* eslint-disable */

export interface paths {
    "/demo/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a short-lived demo token for a member (sandbox only). */
        post: operations["issueDemoToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demo/payment-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a payment intent for the calling member, as a merchant would (sandbox only). */
        post: operations["createDemoPaymentIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demo/handoffs/{ticket}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a handoff ticket as the host's native pay page would, with an outcome (sandbox only).
         * @description `succeeded` pays the intent with the choice bound to the ticket through the same rules as
         *     confirm, without a step-up; a decline (not enough balance or points, a card amount ending
         *     in `99`) is recorded as a failed payment, an amount ending in `77` is `processing`.
         *     `failed` records a failed payment (`PAYMENT_DECLINED`); `cancelled` records nothing and
         *     leaves the intent payable. Each ticket is completed once: asking again answers the
         *     recorded completion, whatever `outcome` says. `404` for an unknown ticket (or another
         *     member's); `409 HANDOFF_EXPIRED`, `409 HANDOFF_SUPERSEDED` (a newer ticket was issued for
         *     the intent) and `409 INTENT_NOT_PAYABLE` for a ticket that can no longer pay.
         */
        post: operations["completeDemoPaymentHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Card products, ranked for the caller's segment. */
        get: operations["listCardProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terms documents (current versions) the applicant must see and accept for a product. */
        get: operations["listTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a card application; the decision may be immediate or pending. */
        post: operations["submitCardApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of one of the caller's applications. */
        get: operations["getCardApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/card-applications/{applicationId}/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the PIN and activate the approved card; returns the virtual card. */
        post: operations["activateCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an SMS one-time password (sandbox code `246810`). */
        post: operations["sendOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/otp/{challengeId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the code; the verification id is then used once by another operation. */
        post: operations["verifyOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Points balance, tier, progress to the next tier and points expiring soon. */
        get: operations["getRewardsAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Points history, newest first, with cursor pagination. */
        get: operations["listLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items that can be redeemed with points, with availability for the caller. */
        get: operations["listCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem points for a catalogue item.
         * @description Declines are `422` with `type: declined` and code `INSUFFICIENT_POINTS`, `OUT_OF_STOCK`
         *     or `TIER_LOCKED`; they are stored under the idempotency key like successes.
         */
        post: operations["createRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/redemptions/{redemptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller's redemptions (to resolve an unknown outcome). */
        get: operations["getRedemption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's check-in state, the streak and the reward ladder. */
        get: operations["getCheckInState"];
        put?: never;
        /** Check in for today (once per calendar day, UTC+8). */
        post: operations["checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Milestone tasks with the caller's progress. */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rewards/tasks/{taskId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim the reward of a completed task. */
        post: operations["claimTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers for a placement, with the caller's experiment variant. */
        get: operations["listOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim an offer. Claiming an offer already claimed returns the existing claim (200). */
        post: operations["claimOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents/{intentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The intent to pay (merchant, amount, order lines, status). */
        get: operations["getPaymentIntent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents/{intentId}/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the caller can pay this intent (cards, balance, points, points + cash, instalments). */
        get: operations["listPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents/{intentId}/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a step-up (PIN, biometric or OTP) for confirming this intent. */
        post: operations["createStepUpChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents/{intentId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay the intent with the chosen method. Never charges twice for one idempotency key.
         * @description Answers `200` with a `Payment` whose status is `succeeded`, `processing` or `failed`.
         *     `403 STEP_UP_REQUIRED` when a step-up is needed and missing, `403 STEP_UP_FAILED` when it is
         *     wrong (not stored under the key: retry with the same key), `409 INTENT_NOT_PAYABLE` when the
         *     intent is already paid, processing or expired.
         */
        post: operations["confirmPaymentIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents/{intentId}/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a ticket that hands this payment to the host's native pay page (mini-programs).
         * @description The page passes the ticket to its host (bridge method `payment.handoff`); the host's
         *     native page redeems it with the bank's server, which knows the intent, the member and the
         *     chosen method, so the ticket carries no amount. The native page does the step-up, so the
         *     body has none. A ticket lives 5 minutes and is used once; issuing a new one for the intent
         *     supersedes the earlier ones. The outcome is read from the intent (`latestPaymentId`),
         *     never taken from the host. Checks the choice like confirm does (`422`) and answers
         *     `409 INTENT_NOT_PAYABLE` or `409 INTENT_EXPIRED` for an intent that cannot be paid.
         */
        post: operations["createPaymentHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a payment (resolves `processing` and unknown outcomes). */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Optional rating of the payment experience; a later rating replaces an earlier one. */
        post: operations["ratePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Batch ingest of analytics envelopes; duplicates (by event id) are counted, not stored. */
        post: operations["ingestAnalyticsEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funnel counts per widget and event, and per experiment variant (for the demo dashboard).
         * @description The sandbox aggregates all members' events; a bank would restrict this to staff.
         */
        get: operations["getAnalyticsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        IdempotencyKeyValue: string;
        /**
         * @description ISO 4217 alphabetic code.
         * @example CNY
         */
        Currency: string;
        /** @description An amount in integer minor units (fen for CNY) and its currency. Never a float. */
        Money: {
            /** @example 12345 */
            amount: number;
            currency: components["schemas"]["Currency"];
        };
        /** @description A whole number of reward points. */
        Points: number;
        /**
         * Format: date-time
         * @description RFC 3339 date-time in UTC.
         */
        Timestamp: string;
        /** @enum {string} */
        Locale: "zh-CN" | "en";
        /**
         * @description The SDK's closed error union (`network`, `timeout` and `cancelled` are produced client-side).
         * @enum {string}
         */
        ErrorType: "network" | "timeout" | "auth" | "validation" | "declined" | "rate_limited" | "server" | "cancelled" | "unknown";
        FieldError: {
            /** @description Dotted path in the request, e.g. `applicant.idNumber`, `consents.0.version`, `query.limit`. */
            field: string;
            /**
             * @description Stable code: `REQUIRED`, `INVALID_TYPE`, `TOO_SHORT`, `TOO_LONG`, `TOO_SMALL`,
             *     `TOO_LARGE`, `PATTERN`, `NOT_ALLOWED`, `UNKNOWN_FIELD`, `EMAIL_FORMAT`,
             *     `MOBILE_FORMAT`, `ID_FORMAT`, `ID_CHECK_DIGIT`, `ID_BIRTH_DATE`, `ID_UNDER_AGE`,
             *     `OTP_FORMAT`, `CONSENT_REQUIRED`, `CONSENT_OUTDATED`, `INVALID`.
             */
            code: string;
            params?: {
                [key: string]: string | number;
            };
        };
        ErrorBody: {
            type: components["schemas"]["ErrorType"];
            /** @example INSUFFICIENT_POINTS */
            code: string;
            message: string;
            retryable: boolean;
            requestId: string;
            fields?: components["schemas"]["FieldError"][];
        };
        ErrorResponse: {
            error: components["schemas"]["ErrorBody"];
        };
        /**
         * @description Member value segment; also the rewards tier id.
         * @enum {string}
         */
        Segment: "high" | "mid" | "low" | "potential";
        /** @example m-high */
        MemberId: string;
        DemoTokenRequest: {
            memberId: components["schemas"]["MemberId"];
            /**
             * @description Token lifetime; short by default.
             * @default 900
             */
            ttlSeconds?: number;
        };
        DemoToken: {
            token: string;
            /** @constant */
            tokenType: "Bearer";
            expiresAt: components["schemas"]["Timestamp"];
            memberId: components["schemas"]["MemberId"];
        };
        DemoPaymentIntentRequest: {
            merchantName?: string;
            /** @description Total; defaults to the sum of `lines`, or a demo order when both are absent. */
            amount?: components["schemas"]["Money"];
            lines?: components["schemas"]["OrderLine"][];
        };
        /** @enum {string} */
        DemoHandoffOutcome: "succeeded" | "failed" | "cancelled";
        DemoHandoffCompletionRequest: {
            outcome: components["schemas"]["DemoHandoffOutcome"];
        };
        DemoHandoffCompletion: {
            ticket: string;
            intentId: string;
            /** @description What the pay page reported when the ticket was first completed. */
            outcome: components["schemas"]["DemoHandoffOutcome"];
            /** @description The payment recorded for the ticket (`null` when cancelled); its status is the truth. */
            payment: components["schemas"]["Payment"] | null;
        };
        CreditLimitRange: {
            min: components["schemas"]["Money"];
            max: components["schemas"]["Money"];
        };
        /** @enum {string} */
        CardNetwork: "unionpay" | "visa" | "mastercard";
        CardProduct: {
            id: string;
            name: string;
            tagline: string;
            network: components["schemas"]["CardNetwork"];
            annualFee: components["schemas"]["Money"];
            /** @description Rule that waives the fee, in words. */
            annualFeeWaiver: string;
            creditLimitRange: components["schemas"]["CreditLimitRange"];
            benefits: string[];
            /** Format: uri */
            imageUrl: string;
            imageAlt: string;
            /** @description True for the product(s) recommended for the caller's segment. */
            recommended: boolean;
            /** @description Recommendation rank for the caller's segment (1 = best fit). */
            rank: number;
        };
        CardProductList: {
            segment: components["schemas"]["Segment"];
            items: components["schemas"]["CardProduct"][];
        };
        TermsDocument: {
            id: string;
            title: string;
            /**
             * @description Accept exactly this version in `consents`.
             * @example 2026.1
             */
            version: string;
            /** @description Must be accepted to apply. */
            required: boolean;
            /** Format: date */
            effectiveFrom: string;
            /** @description Plain text (no markup); render as text. */
            content: string;
            /**
             * Format: uri
             * @description Full document.
             */
            url: string;
        };
        TermsList: {
            productId: string;
            items: components["schemas"]["TermsDocument"][];
        };
        /** @description Mainland China mobile number, 11 digits starting with 1. */
        Mobile: string;
        /**
         * @description Monthly income in CNY.
         * @enum {string}
         */
        IncomeBand: "below_5k" | "5k_10k" | "10k_20k" | "20k_50k" | "above_50k";
        Applicant: {
            name: string;
            /** @description 18-character PRC resident ID number (last character a digit or `X`). */
            idNumber: string;
            mobile: components["schemas"]["Mobile"];
            /** Format: email */
            email: string;
        };
        Employment: {
            employer: string;
            occupation: string;
            incomeBand: components["schemas"]["IncomeBand"];
        };
        Address: {
            province: string;
            city: string;
            district?: string;
            line1: string;
            postalCode?: string;
        };
        Consent: {
            documentId: string;
            version: string;
        };
        /** @enum {string} */
        Channel: "partner_web" | "app_webview" | "mini_program" | "cdn_tag" | "bank_app" | "other";
        Attribution: {
            channel: components["schemas"]["Channel"];
            referralCode?: string;
            utm?: {
                source?: string;
                medium?: string;
                campaign?: string;
                term?: string;
                content?: string;
            };
        };
        CardApplicationRequest: {
            productId: string;
            applicant: components["schemas"]["Applicant"];
            employment: components["schemas"]["Employment"];
            address: components["schemas"]["Address"];
            consents: components["schemas"]["Consent"][];
            /** @description From `POST /otp/{challengeId}/verify` for the applicant's mobile, purpose `card_application`; used once. */
            otpVerificationId: string;
            attribution: components["schemas"]["Attribution"];
        };
        /**
         * @description `pending`: decision not made yet, poll `GET /card-applications/{id}`;
         *     `referred`: a person reviews it, the applicant is told when; both are non-final for the UI.
         * @enum {string}
         */
        ApplicationStatus: "approved" | "pending" | "declined" | "referred";
        CardApplication: {
            id: string;
            /** @description Human-quotable reference, e.g. `BKA-7K3Q-9F2D`. */
            reference: string;
            productId: string;
            status: components["schemas"]["ApplicationStatus"];
            /** @description Set when approved. */
            creditLimit: components["schemas"]["Money"] | null;
            /** @description Why declined, referred or pending (e.g. `INCOME_BELOW_MINIMUM`, `MANUAL_REVIEW`). */
            reasonCode: string | null;
            submittedAt: components["schemas"]["Timestamp"];
            decidedAt: components["schemas"]["Timestamp"] | null;
            activated: boolean;
            /** @description Applicant name with all but the first character masked. */
            maskedName: string;
            maskedMobile: string;
        };
        ActivationRequest: {
            /** @description The PIN block encrypted on the device under the bank's public key (base64url). The clear PIN never reaches the page or this API. */
            encryptedPinBlock: string;
            /** @description Id of the bank key used, `sandbox-pin-key-1` in the sandbox. */
            keyId: string;
        };
        VirtualCard: {
            id: string;
            last4: string;
            /** @example •••• •••• •••• 4821 */
            maskedNumber: string;
            /** @description `MM/YY` */
            expiry: string;
            network: components["schemas"]["CardNetwork"];
            /** @description Masked. */
            cardholderName: string;
        };
        Activation: {
            applicationId: string;
            /** @constant */
            status: "active";
            card: components["schemas"]["VirtualCard"];
            activatedAt: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        OtpPurpose: "card_application" | "payment" | "profile";
        OtpRequest: {
            mobile: components["schemas"]["Mobile"];
            purpose: components["schemas"]["OtpPurpose"];
        };
        OtpChallenge: {
            challengeId: string;
            resendAfterSeconds: number;
            expiresAt: components["schemas"]["Timestamp"];
            /** @example 138****1234 */
            maskedMobile: string;
            /** @constant */
            codeLength: 6;
        };
        OtpVerifyRequest: {
            code: string;
        };
        OtpVerification: {
            verificationId: string;
            expiresAt: components["schemas"]["Timestamp"];
        };
        Tier: {
            id: components["schemas"]["Segment"];
            name: string;
            /** @description 1 = lowest (potential) … 4 = highest (high). */
            rank: number;
            /** @description Qualifying points needed. */
            threshold: components["schemas"]["Points"];
            benefits: string[];
        };
        TierProgress: {
            qualifyingPoints: components["schemas"]["Points"];
            /** @description Null at the top tier. */
            nextTier: components["schemas"]["Segment"] | null;
            pointsToNextTier: number;
            percent: number;
        };
        ExpiringPoints: {
            /** @description Points expiring within the window (at most the balance). */
            points: number;
            /** @constant */
            windowDays: 30;
            firstExpiry: string | null;
        };
        RewardsAccount: {
            memberId: components["schemas"]["MemberId"];
            balance: components["schemas"]["Points"];
            tier: components["schemas"]["Tier"];
            /** @description All four tiers, lowest first. */
            tiers: components["schemas"]["Tier"][];
            progress: components["schemas"]["TierProgress"];
            expiring: components["schemas"]["ExpiringPoints"];
        };
        /** @enum {string} */
        LedgerEntryType: "earn" | "redeem" | "expire" | "adjust";
        LedgerEntry: {
            id: string;
            type: components["schemas"]["LedgerEntryType"];
            date: components["schemas"]["Timestamp"];
            description: string;
            /** @description For earn entries. */
            merchant: string | null;
            /** @description For adjust/expire/redeem entries. */
            reason: string | null;
            /** @description Signed; positive adds, negative removes. */
            points: number;
        };
        LedgerPage: {
            items: components["schemas"]["LedgerEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        CatalogueItemKind: "goods" | "coupon" | "travel" | "fee_waiver";
        CatalogueItem: {
            id: string;
            kind: components["schemas"]["CatalogueItemKind"];
            name: string;
            description: string;
            /** Format: uri */
            imageUrl: string;
            imageAlt: string;
            pointsPrice: number;
            stock: number;
            minTier: components["schemas"]["Segment"];
            /** @description Whether the caller could redeem one now. */
            available: boolean;
            unavailableReason: ("INSUFFICIENT_POINTS" | "OUT_OF_STOCK" | "TIER_LOCKED") | null;
        };
        Catalogue: {
            items: components["schemas"]["CatalogueItem"][];
        };
        RedemptionRequest: {
            itemId: string;
            /** @default 1 */
            quantity?: number;
        };
        Redemption: {
            id: string;
            itemId: string;
            quantity: number;
            pointsSpent: number;
            /** @constant */
            status: "succeeded";
            balanceAfter: components["schemas"]["Points"];
            /** @description For coupons, travel and fee waivers. */
            voucherCode: string | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        CheckInRung: {
            day: number;
            points: number;
            /** @enum {string} */
            state: "done" | "today" | "upcoming";
        };
        CheckInState: {
            checkedInToday: boolean;
            /** @description Consecutive days including today (or yesterday when not yet checked in today). */
            streak: number;
            /**
             * Format: date
             * @description Today's date in UTC+8.
             */
            today: string;
            /** @description The 7-day reward ladder; the cycle restarts after day 7 or a missed day. */
            ladder: components["schemas"]["CheckInRung"][];
            /** @description Points the next check-in gives. */
            nextReward: number;
        };
        CheckInResult: {
            /** Format: date */
            date: string;
            streak: number;
            pointsAwarded: number;
            balanceAfter: components["schemas"]["Points"];
            state: components["schemas"]["CheckInState"];
        };
        /** @enum {string} */
        TaskStatus: "in_progress" | "claimable" | "claimed";
        Task: {
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            kind: "payment_count" | "payment_amount" | "check_in_streak" | "redemption_count";
            target: number;
            progress: number;
            rewardPoints: number;
            status: components["schemas"]["TaskStatus"];
            expiresAt: components["schemas"]["Timestamp"] | null;
        };
        TaskList: {
            items: components["schemas"]["Task"][];
        };
        TaskClaim: {
            task: components["schemas"]["Task"];
            pointsAwarded: number;
            balanceAfter: components["schemas"]["Points"];
        };
        /** @enum {string} */
        Placement: "home" | "rewards" | "checkout" | "card_result";
        Experiment: {
            id: string;
            variant: string;
        };
        /** @enum {string} */
        OfferType: "cashback" | "spend_save" | "discount" | "instalment";
        OfferCta: {
            /** @enum {string} */
            kind: "claim" | "link";
            /**
             * Format: uri
             * @description Present when kind is `link`.
             */
            url?: string;
        };
        Offer: {
            id: string;
            type: components["schemas"]["OfferType"];
            title: string;
            /** @description Plain text; render as text. */
            terms: string;
            /** Format: uri */
            imageUrl: string;
            imageAlt: string;
            badge: string | null;
            expiresAt: components["schemas"]["Timestamp"];
            cta: components["schemas"]["OfferCta"];
            claimed: boolean;
        };
        OfferList: {
            placement: components["schemas"]["Placement"];
            experiment: components["schemas"]["Experiment"];
            offers: components["schemas"]["Offer"][];
        };
        OfferClaim: {
            id: string;
            offerId: string;
            /** @constant */
            status: "claimed";
            couponCode: string | null;
            claimedAt: components["schemas"]["Timestamp"];
        };
        OrderLine: {
            description: string;
            quantity: number;
            /** @description Line total. */
            amount: components["schemas"]["Money"];
        };
        Merchant: {
            id: string;
            name: string;
        };
        /** @enum {string} */
        PaymentIntentStatus: "requires_confirmation" | "processing" | "succeeded" | "expired";
        PaymentIntent: {
            id: string;
            merchant: components["schemas"]["Merchant"];
            amount: components["schemas"]["Money"];
            lines: components["schemas"]["OrderLine"][];
            status: components["schemas"]["PaymentIntentStatus"];
            createdAt: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["Timestamp"];
            /** @description The most recent payment recorded for this intent, if any. Clients settle an unknown outcome (connection lost after confirming) by reading it, never by confirming again. */
            latestPaymentId: string | null;
        };
        BoundCard: {
            id: string;
            network: components["schemas"]["CardNetwork"];
            /** @enum {string} */
            kind: "credit" | "debit";
            last4: string;
            maskedNumber: string;
            available: boolean;
            unavailableReason: string | null;
        };
        BalanceMethod: {
            available: components["schemas"]["Money"];
            sufficient: boolean;
        };
        /** @description `points` points are worth `value` (e.g. 100 points = ¥1.00). */
        PointsRate: {
            points: number;
            value: components["schemas"]["Money"];
        };
        PointsMethod: {
            balance: components["schemas"]["Points"];
            rate: components["schemas"]["PointsRate"];
            coversFullAmount: boolean;
            pointsForFullAmount: number;
        };
        /** @description With a card or the balance, `pointsToUse` must be 0 or in [minPoints, maxPoints] and a multiple of stepPoints. */
        PointsCashRules: {
            allowed: boolean;
            minPoints: number;
            maxPoints: number;
            stepPoints: number;
            maxSharePercent: number;
        };
        InstalmentPlan: {
            /** @enum {integer} */
            periods: 3 | 6 | 12;
            perPeriod: components["schemas"]["Money"];
            /** @description Carries the rounding remainder. */
            firstPeriod: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            total: components["schemas"]["Money"];
            /** @description Total fee rate in hundredths of a percent (180 = 1.80%). */
            feeRatePercentTimes100: number;
        };
        /** @description Plans are computed on the full intent amount; with points the cash part is split the same way. */
        InstalmentOptions: {
            /** @description Needs a credit card and an amount of at least minAmount. */
            available: boolean;
            minAmount: components["schemas"]["Money"];
            plans: components["schemas"]["InstalmentPlan"][];
        };
        /** @enum {string} */
        MethodKind: "card" | "balance" | "points";
        MethodSelection: {
            kind: components["schemas"]["MethodKind"];
            /** @description Required when kind is `card`. */
            cardId?: string;
        };
        PaymentMethods: {
            intentId: string;
            cards: components["schemas"]["BoundCard"][];
            balance: components["schemas"]["BalanceMethod"];
            points: components["schemas"]["PointsMethod"];
            pointsCash: components["schemas"]["PointsCashRules"];
            instalments: components["schemas"]["InstalmentOptions"];
            /** @description Payments up to this amount without instalments need no step-up. */
            passwordFreeLimit: components["schemas"]["Money"];
            lastUsed: components["schemas"]["MethodSelection"] | null;
        };
        /** @enum {string} */
        StepUpKind: "pin" | "biometric" | "otp";
        StepUpChallengeRequest: {
            preferred?: components["schemas"]["StepUpKind"];
        };
        StepUpChallenge: {
            challengeId: string;
            methods: components["schemas"]["StepUpKind"][];
            /** @description Sign it for `biometric`. */
            nonce: string;
            expiresAt: components["schemas"]["Timestamp"];
        };
        StepUp: {
            challengeId: string;
            kind: components["schemas"]["StepUpKind"];
            /** @description For `pin`; sent over TLS, never stored. */
            pin?: string;
            otpCode?: string;
            /** @description For `biometric`. */
            assertion?: string;
        };
        /** @description Points spent on the payment; see `PointsCashRules`, and with `points` exactly `pointsForFullAmount`. */
        PointsToUse: number;
        /** @description Number of periods; only with a credit card. */
        InstalmentChoice: (3 | 6 | 12) | null;
        ConfirmPaymentRequest: {
            method: components["schemas"]["MethodSelection"];
            /** @default 0 */
            pointsToUse?: components["schemas"]["PointsToUse"];
            instalmentPlan?: components["schemas"]["InstalmentChoice"];
            stepUp?: components["schemas"]["StepUp"];
        };
        /** @description The choice a confirm carries, without a step-up (the host's native pay page does it). */
        PaymentHandoffRequest: {
            method: components["schemas"]["MethodSelection"];
            /** @default 0 */
            pointsToUse?: components["schemas"]["PointsToUse"];
            instalmentPlan?: components["schemas"]["InstalmentChoice"];
        };
        PaymentHandoff: {
            /** @description Opaque, single-use and amount-free; pass it to the host (`payment.handoff`). */
            ticket: string;
            intentId: string;
            expiresAt: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        PaymentStatus: "succeeded" | "processing" | "failed";
        Payment: {
            id: string;
            intentId: string;
            status: components["schemas"]["PaymentStatus"];
            /** @description The intent total. */
            amount: components["schemas"]["Money"];
            /** @description Part paid by card or balance. */
            cashAmount: components["schemas"]["Money"];
            pointsUsed: components["schemas"]["Points"];
            method: components["schemas"]["MethodSelection"];
            instalmentPlan: components["schemas"]["InstalmentPlan"] | null;
            reference: string;
            pointsEarned: components["schemas"]["Points"];
            /** @example CARD_DECLINED */
            failureCode: string | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        RatingRequest: {
            stars: number;
            comment?: string;
        };
        Rating: {
            paymentId: string;
            stars: number;
            comment: string | null;
            ratedAt: components["schemas"]["Timestamp"];
        };
        /** @description The envelope every widget event shares (close to Segment / OpenTelemetry event shapes). */
        AnalyticsEnvelope: {
            /** @description Unique per event; duplicates are dropped. */
            id: string;
            name: string;
            /** @description Epoch milliseconds on the device. */
            ts: number;
            widget: string;
            sessionId: string;
            correlationId: string;
            experiment?: components["schemas"]["Experiment"];
            /** @description JSON-serializable properties; never personal data. */
            props: Record<string, never>;
        };
        AnalyticsBatch: {
            events: components["schemas"]["AnalyticsEnvelope"][];
        };
        AnalyticsIngestResult: {
            accepted: number;
            duplicates: number;
        };
        FunnelStep: {
            widget: string;
            name: string;
            events: number;
            sessions: number;
        };
        VariantStats: {
            experimentId: string;
            variant: string;
            events: number;
            sessions: number;
        };
        AnalyticsSummary: {
            generatedAt: components["schemas"]["Timestamp"];
            events: number;
            sessions: number;
            /** @description Per widget and event name, most frequent first. */
            steps: components["schemas"]["FunnelStep"][];
            experiments: components["schemas"]["VariantStats"][];
        };
    };
    responses: {
        /** @description The request is malformed (`type: validation`, code `VALIDATION_FAILED`, `MALFORMED_JSON` or a field-specific code); `fields` names each problem. Nothing was written. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing, bad or expired token (`type: auth`, code `TOKEN_MISSING`, `TOKEN_INVALID` or `TOKEN_EXPIRED`). Fetch a new token and retry once. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Authenticated, but the action needs more (`type: auth`, code `STEP_UP_REQUIRED`, `STEP_UP_FAILED`, `STEP_UP_EXPIRED` or `STEP_UP_LOCKED`). Not a reason to refresh the token. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such resource for this member (`type: validation`, code `NOT_FOUND`); foreign ids look exactly like missing ones. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource is not in a state that allows the action (`type: validation`, e.g. `ALREADY_CHECKED_IN`, `INTENT_NOT_PAYABLE`, `ALREADY_ACTIVATED`). Query the resource instead of retrying. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Well-formed but refused: a business decline (`type: declined`, e.g. `INSUFFICIENT_POINTS`)
         *     or a semantic problem (`type: validation`, e.g. `IDEMPOTENCY_KEY_REUSED`, `OTP_INCORRECT`).
         */
        Unprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Rate limited (`type: rate_limited`); wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Server trouble (`type: server`, retryable). Retry with the same idempotency key. */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Created by the client before the first try and reused for every retry of the same action. */
        IdempotencyKey: components["schemas"]["IdempotencyKeyValue"];
        /** @description Honoured when present (same semantics as where it is required). */
        IdempotencyKeyOptional: components["schemas"]["IdempotencyKeyValue"];
        ApplicationId: string;
        IntentId: string;
        PaymentId: string;
        HandoffTicket: string;
    };
    requestBodies: never;
    headers: {
        /** @description Server request id; quote it to support. */
        RequestId: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    issueDemoToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoTokenRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createDemoPaymentIntent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Honoured when present (same semantics as where it is required). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DemoPaymentIntentRequest"];
            };
        };
        responses: {
            /** @description Intent created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    completeDemoPaymentHandoff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Honoured when present (same semantics as where it is required). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                ticket: components["parameters"]["HandoffTicket"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoHandoffCompletionRequest"];
            };
        };
        responses: {
            /** @description Ticket completed (now or earlier). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoHandoffCompletion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listCardProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Products in recommendation order (rank 1 first). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardProductList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTerms: {
        parameters: {
            query: {
                /** @description Card product id. */
                product: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Terms documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    submitCardApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardApplicationRequest"];
            };
        };
        responses: {
            /** @description Application recorded, with its decision so far. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getCardApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    activateCard: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivationRequest"];
            };
        };
        responses: {
            /** @description Card active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    sendOtp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Honoured when present (same semantics as where it is required). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpRequest"];
            };
        };
        responses: {
            /** @description Code sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpChallenge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    verifyOtp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpVerifyRequest"];
            };
        };
        responses: {
            /** @description Verified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getRewardsAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardsAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listLedgerEntries: {
        parameters: {
            query?: {
                /** @description Opaque `nextCursor` from the previous page. */
                cursor?: string;
                limit?: number;
                type?: components["schemas"]["LedgerEntryType"];
                /** @description Calendar month (UTC+8), `YYYY-MM`. */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listCatalogue: {
        parameters: {
            query?: {
                kind?: components["schemas"]["CatalogueItemKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createRedemption: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionRequest"];
            };
        };
        responses: {
            /** @description Redeemed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redemption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getRedemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The redemption. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redemption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getCheckInState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description State. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    checkIn: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Checked in; points awarded per the ladder. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    claimTask: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claimed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskClaim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listOffers: {
        parameters: {
            query: {
                placement: components["schemas"]["Placement"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offers in display order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    claimOffer: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already claimed earlier; the existing claim. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferClaim"];
                };
            };
            /** @description Claimed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferClaim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getPaymentIntent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                intentId: components["parameters"]["IntentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The intent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                intentId: components["parameters"]["IntentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Available methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethods"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createStepUpChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                intentId: components["parameters"]["IntentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepUpChallengeRequest"];
            };
        };
        responses: {
            /** @description Challenge created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepUpChallenge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    confirmPaymentIntent: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                intentId: components["parameters"]["IntentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPaymentRequest"];
            };
        };
        responses: {
            /** @description Payment attempt recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createPaymentHandoff: {
        parameters: {
            query?: never;
            header: {
                /** @description Created by the client before the first try and reused for every retry of the same action. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                intentId: components["parameters"]["IntentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentHandoffRequest"];
            };
        };
        responses: {
            /** @description Ticket issued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentHandoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    ratePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Honoured when present (same semantics as where it is required). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingRequest"];
            };
        };
        responses: {
            /** @description Rating stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    ingestAnalyticsEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsBatch"];
            };
        };
        responses: {
            /** @description Batch accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsIngestResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getAnalyticsSummary: {
        parameters: {
            query?: {
                /** @description Inclusive lower bound on the event time (epoch ms). */
                from?: number;
                /** @description Exclusive upper bound on the event time (epoch ms). */
                to?: number;
                widget?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
