#include "sha256.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HOOKBENCH_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Hookbench::Signing::Sha256 {

namespace {

using State = std::array<uint32_t, 8>;
using Compress = void (*)(State &state, const uint8_t *blocks, size_t count);

constexpr size_t kBlock = 64;

alignas(16) constexpr uint32_t kRound[64]
    = {0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
       0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
       0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
       0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
       0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
       0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
       0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
       0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr State kInitial
    = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr uint32_t rotr(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

// FIPS 180-4, section 6.2.2, as written.
void compressPortable(State &state, const uint8_t *data, size_t count)
{
    for (; count > 0; --count, data += kBlock) {
        uint32_t w[64];
        for (int t = 0; t < 16; ++t)
            w[t] = uint32_t(data[4 * t]) << 24 | uint32_t(data[4 * t + 1]) << 16 | uint32_t(data[4 * t + 2]) << 8
                | uint32_t(data[4 * t + 3]);
        for (int t = 16; t < 64; ++t) {
            const uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[t] + w[t];
            const uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef HOOKBENCH_SHA_NI
// The Intel SHA extensions keep the state as ABEF and CDGH halves and run two rounds per sha256rnds2; the message
// schedule is sha256msg1 + the (t-7) words + sha256msg2. Layout as in Intel's "SHA Extensions" white paper.
__attribute__((target("sha,sse4.1,ssse3"))) void compressAccelerated(State &state, const uint8_t *data, size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xB1); // CDAB
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1B); // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0); // CDGH

    for (; count > 0; --count, data += kBlock) {
        const __m128i savedAbef = state0;
        const __m128i savedCdgh = state1;
        __m128i w[4];
        for (int group = 0; group < 16; ++group) {
            __m128i &words = w[group & 3];
            if (group < 4) {
                words
                    = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)), byteSwap);
            } else {
                // words still holds W[t-16..t-13]; the others are the three groups after it.
                const __m128i &w15 = w[(group + 1) & 3], &w8 = w[(group + 2) & 3], &w4 = w[(group + 3) & 3];
                const __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(words, w15), _mm_alignr_epi8(w4, w8, 4));
                words = _mm_sha256msg2_epu32(partial, w4);
            }
            __m128i message
                = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(&kRound[4 * group])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, message);
        }
        state0 = _mm_add_epi32(state0, savedAbef);
        state1 = _mm_add_epi32(state1, savedCdgh);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B); // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1); // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8); // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}

bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & (1u << 29));
}
#endif

// Streams a message through a compression function: whole blocks straight from the caller's memory, the tail and
// padding through a small buffer.
class Hash
{
public:
    explicit Hash(Compress compress)
        : m_compress(compress)
    { }

    void add(const uint8_t *data, size_t size)
    {
        m_length += size;
        if (m_buffered) {
            const size_t take = std::min(size, kBlock - m_buffered);
            std::memcpy(m_buffer + m_buffered, data, take);
            m_buffered += take;
            data += take;
            size -= take;
            if (m_buffered < kBlock)
                return;
            m_compress(m_state, m_buffer, 1);
            m_buffered = 0;
        }
        if (const size_t blocks = size / kBlock) {
            m_compress(m_state, data, blocks);
            data += blocks * kBlock;
            size -= blocks * kBlock;
        }
        std::memcpy(m_buffer, data, size);
        m_buffered = size;
    }

    std::array<uint8_t, 32> finish()
    {
        const uint64_t bits = uint64_t(m_length) * 8;
        uint8_t padding[kBlock * 2] = {0x80};
        const size_t padLength = (m_buffered < 56 ? 56 : 120) - m_buffered;
        for (int i = 0; i < 8; ++i)
            padding[padLength + i] = uint8_t(bits >> (56 - 8 * i));
        add(padding, padLength + 8);
        std::array<uint8_t, 32> digest;
        for (int i = 0; i < 8; ++i) {
            digest[4 * i] = uint8_t(m_state[i] >> 24);
            digest[4 * i + 1] = uint8_t(m_state[i] >> 16);
            digest[4 * i + 2] = uint8_t(m_state[i] >> 8);
            digest[4 * i + 3] = uint8_t(m_state[i]);
        }
        return digest;
    }

private:
    Compress m_compress;
    State m_state = kInitial;
    uint8_t m_buffer[kBlock];
    size_t m_buffered = 0;
    size_t m_length = 0;
};

const uint8_t *bytes(QByteArrayView view)
{
    return reinterpret_cast<const uint8_t *>(view.data());
}

// RFC 2104: H((K ^ opad) || H((K ^ ipad) || message)), a key longer than a block hashed first.
QByteArray hmacWith(Compress compress, QByteArrayView key, QByteArrayView message)
{
    uint8_t block[kBlock] = {};
    if (size_t(key.size()) > kBlock) {
        Hash keyHash(compress);
        keyHash.add(bytes(key), size_t(key.size()));
        const auto digest = keyHash.finish();
        std::memcpy(block, digest.data(), digest.size());
    } else if (!key.isEmpty()) {
        std::memcpy(block, key.data(), size_t(key.size()));
    }
    uint8_t pad[kBlock];
    for (size_t i = 0; i < kBlock; ++i)
        pad[i] = block[i] ^ 0x36;
    Hash inner(compress);
    inner.add(pad, kBlock);
    if (!message.isEmpty())
        inner.add(bytes(message), size_t(message.size()));
    const auto innerDigest = inner.finish();
    for (size_t i = 0; i < kBlock; ++i)
        pad[i] = block[i] ^ 0x5c;
    Hash outer(compress);
    outer.add(pad, kBlock);
    outer.add(innerDigest.data(), innerDigest.size());
    const auto digest = outer.finish();
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

} // namespace

bool accelerationAvailable()
{
#ifdef HOOKBENCH_SHA_NI
    static const bool available = cpuHasShaExtensions();
    return available;
#else
    return false;
#endif
}

QByteArray hmacPortable(QByteArrayView key, QByteArrayView message)
{
    return hmacWith(compressPortable, key, message);
}

QByteArray hmacAccelerated(QByteArrayView key, QByteArrayView message)
{
#ifdef HOOKBENCH_SHA_NI
    return hmacWith(compressAccelerated, key, message);
#else
    return hmacPortable(key, message);
#endif
}

QByteArray hmac(QByteArrayView key, QByteArrayView message)
{
    return accelerationAvailable() ? hmacAccelerated(key, message) : hmacPortable(key, message);
}

} // namespace Hookbench::Signing::Sha256
