#pragma once

#include "shared/ErrorCodes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <utility>
#include <variant>

namespace lkk::server {

// Why a request could not be served: the router turns it into
// {"error":{"code","field"?,"message","details"?}} with this status and headers. The message is
// the catalogue's text for the code in the request's language unless a service gives its own.
struct Failure {
    int status = 500;
    const char* code = nullptr; // lkk::errc
    QString field;
    QString message;
    QJsonObject details; // {"attemptsLeft":3}, {"lockedUntil":"…Z"}; only sent when not empty
    QList<QPair<QByteArray, QByteArray>> headers;
    bool databaseDown = false; // set only by databaseUnavailable()

    static Failure of(int status, const char* code, QString field = {}, QString message = {},
                      QJsonObject details = {}) {
        Failure f;
        f.status = status;
        f.code = code;
        f.field = std::move(field);
        f.message = std::move(message);
        f.details = std::move(details);
        return f;
    }
    // 400 validation_failed about one field of the request, with the text the caller shows there.
    static Failure invalid(QString field, QString message) {
        return of(400, errc::validationFailed, std::move(field), std::move(message));
    }
    // The database failed (cannot connect, a query failed): 503 service_unavailable. The router
    // logs it and drops the thread's connection so the next request reconnects.
    static Failure databaseUnavailable() {
        Failure f = of(503, errc::serviceUnavailable);
        f.databaseDown = true;
        return f;
    }

    Failure withHeader(const QByteArray& name, const QByteArray& value) && {
        headers.append({name, value});
        return std::move(*this);
    }
};

// The value of one service call or the failure that prevented it (std::expected is C++23),
// shaped like the client's app/api/Result.h.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Failure failure)
        : m_data(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Failure& failure() const& { return std::get<1>(m_data); }
    Failure&& failure() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, Failure> m_data;
};

// For calls whose success carries nothing.
struct Done {};

} // namespace lkk::server
