#pragma once

#include "server/billing/BillingData.h"

#include <QByteArray>
#include <optional>

namespace lkk::server::billing {

// Reads an lkk-billing file and checks everything docs/billing-import.md promises — shape,
// formats, keys, references and the invariants of §4 — before a single row is written. Pure: the
// database is consulted only through Known, for entities a partial file refers to but does not
// repeat.
class BillingValidator {
public:
    class Known {
    public:
        virtual ~Known() = default;
        virtual bool hasProvider(const QString& code) const = 0;
        // The tariff's zone ("" for none), or nullopt when the tariff is unknown.
        virtual std::optional<QString> tariffZone(const QString& code) const = 0;
        virtual bool hasAccount(const QString& number) const = 0;
        virtual std::optional<Contract> contract(const QString& code) const = 0;
        virtual QList<Contract> contractsOfAccount(const QString& number) const = 0;
        virtual std::optional<Meter> meter(const QString& id) const = 0;
    };

    // Knows nothing: every reference must be inside the file.
    class NothingKnown : public Known {
    public:
        bool hasProvider(const QString&) const override { return false; }
        std::optional<QString> tariffZone(const QString&) const override { return std::nullopt; }
        bool hasAccount(const QString&) const override { return false; }
        std::optional<Contract> contract(const QString&) const override { return std::nullopt; }
        QList<Contract> contractsOfAccount(const QString&) const override { return {}; }
        std::optional<Meter> meter(const QString&) const override { return std::nullopt; }
    };

    // The parsed file, or nullopt with *error describing the first problem (with line/column).
    static std::optional<BillingFile> validate(const QByteArray& json, const Known& known, ImportError* error);
};

} // namespace lkk::server::billing
