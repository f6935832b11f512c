#include "app/bills/BillsOperations.h"

#include "app/bills/BillsCodec.h"

using namespace Qt::StringLiterals;

namespace lkk {

ApiRequest GetBillsOperation::request() const {
    QStringList query;
    if (from.isValid())
        query << u"from="_s + from.toString(u"yyyy-MM"_s);
    if (to.isValid())
        query << u"to="_s + to.toString(u"yyyy-MM"_s);
    ApiRequest request;
    request.method = "GET";
    request.path = u"/accounts/"_s + QString::number(accountId) + u"/bills"_s;
    request.query = query.join(u'&');
    return request;
}

Result<BillList> GetBillsOperation::parse(const ApiResponse& response) {
    return json::parseBills(response.body);
}

} // namespace lkk
