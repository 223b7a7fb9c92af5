package main

import (
	"fmt"
	"net/netip"
	"slices"
)

type Rule struct {
	Prefix netip.Prefix
	Allow  bool
}

type ACL []Rule

func (a ACL) Check(ip netip.Addr) (bool, netip.Prefix) {
	best := -1
	for i, r := range a {
		if r.Prefix.Contains(ip) && (best < 0 || r.Prefix.Bits() > a[best].Prefix.Bits()) {
			best = i
		}
	}
	if best < 0 {
		return false, netip.Prefix{}
	}
	return a[best].Allow, a[best].Prefix
}

func main() {
	acl := ACL{
		{netip.MustParsePrefix("10.0.0.0/8"), true},
		{netip.MustParsePrefix("10.1.0.0/16"), false},
		{netip.MustParsePrefix("10.1.2.0/24"), true},
		{netip.MustParsePrefix("2001:db8::/32"), true},
	}
	for _, s := range []string{"10.9.9.9", "10.1.9.9", "10.1.2.3", "192.168.0.1", "2001:db8::1", "::ffff:10.1.2.3"} {
		ip := netip.MustParseAddr(s)
		ok, p := acl.Check(ip.Unmap())
		fmt.Printf("%-16s %-5v %v\n", s, ok, p)
	}
	addrs := []netip.Addr{netip.MustParseAddr("10.0.0.10"), netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.2")}
	slices.SortFunc(addrs, netip.Addr.Compare)
	fmt.Println(slices.Compact(addrs))
	a := netip.MustParseAddr("192.168.1.255")
	fmt.Println(a.Next(), a.Prev(), a.Is4(), a.IsPrivate(), a.IsLoopback(), a.BitLen(), a.As4())
	p, err := a.Prefix(20)
	fmt.Println(p, err, p.Masked(), p.Addr(), p.IsSingleIP(), p.Overlaps(netip.MustParsePrefix("192.168.0.0/16")))
	ap := netip.AddrPortFrom(a, 8080)
	fmt.Println(ap, ap.Port(), netip.MustParseAddrPort("[::1]:53"))
	_, err = netip.ParseAddr("300.1.1.1")
	fmt.Println(err)
	_, err = netip.ParsePrefix("10.0.0.0/33")
	fmt.Println(err)
	b, _ := a.MarshalText()
	var back netip.Addr
	fmt.Println(string(b), back.UnmarshalText(b), back == a, netip.Addr{}.IsValid())
}
