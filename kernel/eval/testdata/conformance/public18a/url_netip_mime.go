package main

import (
	"fmt"
	"mime"
	"net/netip"
	"net/url"
	"strings"
)

func main() {
	u, err := url.Parse("https://user:p%40ss@example.com:8443/a%20b/c?q=1&q=2&x=%26y#frag ment")
	fmt.Println(err)
	fmt.Println(u.Scheme, u.User.Username(), u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.RawQuery, u.Fragment, u.EscapedFragment())
	pw, ok := u.User.Password()
	fmt.Println(pw, ok, u.Query()["q"], u.Query().Get("x"), u.Redacted(), u.IsAbs(), u.RequestURI())
	ref, _ := url.Parse("../d/e?z=9")
	fmt.Println(u.ResolveReference(ref), u.JoinPath("x", "../y"))
	v := url.Values{}
	v.Set("name", "A B")
	v.Add("tag", "x&y")
	v.Add("tag", "ü")
	fmt.Println(v.Encode(), v.Has("tag"), v.Get("none"))
	v.Del("name")
	fmt.Println(v)
	pq, err := url.ParseQuery("a=1&b=%zz&c")
	fmt.Println(pq, err)
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("%41+b%2")
	fmt.Printf("%q %v\n", s, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	_, err = url.Parse(":nope")
	fmt.Println(err)
	mail, _ := url.Parse("mailto:someone@example.com")
	fmt.Println(mail.Opaque, mail.Scheme, (&url.URL{Scheme: "http", Host: "h", Path: "/p q"}).String())
	for _, a := range []string{"192.168.1.10", "::ffff:10.0.0.1", "2001:db8::1", "fe80::1%eth0", "300.1.1.1", "1.2.3"} {
		ip, err := netip.ParseAddr(a)
		if err != nil {
			fmt.Println("err:", err)
			continue
		}
		fmt.Println(ip, ip.Is4(), ip.Is6(), ip.Is4In6(), ip.Unmap(), ip.IsPrivate(), ip.IsLoopback(), ip.IsLinkLocalUnicast(), ip.Zone(), ip.BitLen())
	}
	pfx := netip.MustParsePrefix("10.1.0.0/16")
	fmt.Println(pfx.Contains(netip.MustParseAddr("10.1.255.3")), pfx.Contains(netip.MustParseAddr("10.2.0.1")), pfx.Bits(), pfx.Addr(), pfx.Masked())
	p2, err := netip.ParsePrefix("10.1.2.3/8")
	fmt.Println(p2, p2.Masked(), err, p2.Overlaps(pfx))
	ap := netip.MustParseAddrPort("[::1]:80")
	fmt.Println(ap.Addr(), ap.Port(), ap, netip.AddrPortFrom(netip.MustParseAddr("1.2.3.4"), 53))
	a1 := netip.MustParseAddr("10.0.0.255")
	fmt.Println(a1.Next(), a1.Prev(), a1.Compare(a1.Next()), a1.Less(a1.Next()), a1.As4())
	fmt.Println(mime.TypeByExtension(".json"), mime.TypeByExtension(".nope") == "")
	mt, params, err := mime.ParseMediaType(`text/html; charset="UTF-8"; q=0.9`)
	fmt.Println(mt, params, err)
	_, _, err = mime.ParseMediaType("bad/;=")
	fmt.Println(err)
	fmt.Println(mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": "x y", "a": "b"}))
	enc := mime.QEncoding.Encode("utf-8", "héllo wörld")
	dec, err := new(mime.WordDecoder).DecodeHeader(enc + " plain")
	fmt.Println(enc, dec, err, strings.HasPrefix(mime.BEncoding.Encode("utf-8", "é"), "=?utf-8?b?"))
}
