package main

import (
	"fmt"
	"net"
	"net/netip"
	"sort"
)

func main() {
	for _, s := range []string{"192.168.1.10", "::1", "fe80::1%eth0", "10.0.0.256", "2001:db8::68", "::ffff:1.2.3.4"} {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.Is4In6(), a.Unmap(), a.Zone(), a.BitLen())
	}
	p, err := netip.ParsePrefix("10.1.0.0/16")
	fmt.Println(p, err, p.Bits(), p.Addr(), p.Contains(netip.MustParseAddr("10.1.200.3")), p.Contains(netip.MustParseAddr("10.2.0.1")))
	fmt.Println(netip.MustParsePrefix("10.1.2.3/8").Masked())
	ap, err := netip.ParseAddrPort("[::1]:8080")
	fmt.Println(ap, err, ap.Port(), ap.Addr())
	_, err = netip.ParseAddrPort("1.2.3.4")
	fmt.Println(err)
	addrs := []netip.Addr{netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("10.0.0.10"), netip.MustParseAddr("::1"), netip.MustParseAddr("9.255.0.1")}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Less(addrs[j]) })
	fmt.Println(addrs)
	a := netip.MustParseAddr("10.0.0.255")
	fmt.Println(a.Next(), a.Prev(), a.As4(), a.Compare(a.Next()))
	ip := net.ParseIP("192.0.2.33")
	fmt.Println(ip, ip.To4() != nil, ip.DefaultMask(), ip.IsGlobalUnicast())
	_, ipnet, err := net.ParseCIDR("192.0.2.0/24")
	fmt.Println(ipnet, err, ipnet.Contains(ip), ipnet.Mask.String())
	ones, bits := ipnet.Mask.Size()
	fmt.Println(ones, bits, net.IPv4(8, 8, 4, 4), net.ParseIP("bad") == nil)
	host, port, err := net.SplitHostPort("example.com:443")
	fmt.Println(host, port, err, net.JoinHostPort("::1", "80"))
	hw, err := net.ParseMAC("00:1A:2b:3c:4D:5e")
	fmt.Println(hw, err)
}
