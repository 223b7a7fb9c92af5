package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"mime"
	"net/netip"
	"net/url"
	"slices"
	"strings"
)

func main() {
	u, err := url.Parse("https://user:p%40ss@example.com:8443/a%20b/c?q=go+lang&x=1&x=2#frag")
	fmt.Println(err, u.Scheme, u.User.Username(), u.Hostname(), u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.Fragment)
	pw, _ := u.User.Password()
	q := u.Query()
	fmt.Println(pw, q.Get("q"), q["x"], q.Has("y"), u.Redacted())
	q.Set("page", "2")
	q.Add("x", "3")
	q.Del("q")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	base, _ := url.Parse("http://h/dir/page?x=1")
	for _, ref := range []string{"../up", "sub/file", "/abs", "?y=2", "//other/p", "#f"} {
		r, _ := url.Parse(ref)
		fmt.Print(base.ResolveReference(r), " ")
	}
	fmt.Println()
	joined, err := url.JoinPath("http://h/a/", "../b", "c d")
	fmt.Println(url.QueryEscape("a b&c/d"), url.PathEscape("a b&c/d"), joined, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	v, err := url.ParseQuery("a=1&b=%zz")
	fmt.Println(v, err)

	addr := netip.MustParseAddr("192.168.1.10")
	pfx := netip.MustParsePrefix("192.168.0.0/16")
	fmt.Println(addr, addr.Is4(), addr.IsPrivate(), pfx.Contains(addr), pfx.Bits(), addr.Next(), addr.Prev())
	a6, err := netip.ParseAddr("2001:db8::1")
	fmt.Println(a6, err, a6.Is6(), a6.Zone(), a6.Unmap(), netip.AddrFrom4([4]byte{10, 0, 0, 1}))
	ap := netip.AddrPortFrom(addr, 8080)
	fmt.Println(ap, ap.Port(), netip.MustParseAddrPort("[::1]:53").Addr().IsLoopback())
	p2, _ := addr.Prefix(24)
	fmt.Println(p2, p2.Masked(), p2.Overlaps(pfx))
	addrs := []netip.Addr{netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.1")}
	slices.SortFunc(addrs, netip.Addr.Compare)
	fmt.Println(addrs)
	_, err = netip.ParseAddr("300.1.1.1")
	fmt.Println(err)

	fmt.Println(mime.TypeByExtension(".json"), mime.TypeByExtension(".unknownext") == "")
	mt, params, err := mime.ParseMediaType(`text/html; charset="UTF-8"; q=0.9`)
	fmt.Println(mt, params, err, mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8", "a": "b c"}))
	fmt.Println(mime.QEncoding.Encode("utf-8", "héllo"), mime.BEncoding.Encode("utf-8", "¡hola!"))
	dec := new(mime.WordDecoder)
	s, err := dec.DecodeHeader("=?utf-8?q?caf=C3=A9?= ok")
	fmt.Println(s, err)

	msg := []byte("The quick brown fox")
	fmt.Printf("%x\n%x\n", md5.Sum(msg), sha1.Sum(msg))
	fmt.Printf("%x\n%x\n", sha256.Sum256(msg), sha512.Sum512_256(msg))
	hs := []hash.Hash{sha256.New(), sha512.New(), md5.New(), fnv.New64a()}
	for _, h := range hs {
		io.WriteString(h, "part1,")
		h.Write([]byte("part2"))
		fmt.Print(h.Size(), h.BlockSize(), " ", hex.EncodeToString(h.Sum(nil))[:12], " ")
	}
	fmt.Println()
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write(msg)
	sum := mac.Sum(nil)
	mac2 := hmac.New(sha256.New, []byte("key"))
	mac2.Write(msg)
	fmt.Println(hex.EncodeToString(sum)[:16], hmac.Equal(sum, mac2.Sum(nil)))
	fmt.Println(crc32.ChecksumIEEE(msg), crc32.Checksum(msg, crc32.MakeTable(crc32.Castagnoli)), crc64.Checksum(msg, crc64.MakeTable(crc64.ECMA)))
	f32 := fnv.New32()
	f32.Write([]byte(strings.Repeat("a", 3)))
	fmt.Println(f32.Sum32())
}
