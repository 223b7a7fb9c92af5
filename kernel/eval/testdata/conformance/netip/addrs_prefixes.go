package main

import (
	"fmt"
	"net/netip"
)

func main() {
	a, err := netip.ParseAddr("192.168.1.10")
	fmt.Println(a, err, a.Is4(), a.Is6(), a.IsPrivate(), a.BitLen())
	b := netip.MustParseAddr("2001:db8::1")
	fmt.Println(b, b.Is6(), b.Zone() == "", b.StringExpanded())
	_, err = netip.ParseAddr("300.1.1.1")
	fmt.Println(err)
	p := netip.MustParsePrefix("10.0.0.0/8")
	fmt.Println(p, p.Bits(), p.Addr(), p.Contains(netip.MustParseAddr("10.20.30.40")), p.Contains(a))
	p2, _ := netip.MustParseAddr("192.168.1.77").Prefix(24)
	fmt.Println(p2, p2.Masked(), p2.IsSingleIP())
	fmt.Println(a.Next(), a.Prev(), a.Compare(netip.MustParseAddr("192.168.1.9")), a.Less(b))
	ap := netip.AddrPortFrom(a, 8080)
	fmt.Println(ap, ap.Port(), ap.Addr())
	ap2, err := netip.ParseAddrPort("[::1]:443")
	fmt.Println(ap2, err, ap2.Addr().IsLoopback())
	fmt.Println(netip.IPv6Unspecified(), netip.AddrFrom4([4]byte{127, 0, 0, 1}).IsLoopback())
	m := map[netip.Addr]string{a: "host-a"}
	fmt.Println(m[netip.MustParseAddr("192.168.1.10")])
	fmt.Println(netip.MustParseAddr("::ffff:1.2.3.4").Unmap(), p.Overlaps(netip.MustParsePrefix("10.1.0.0/16")))
}
