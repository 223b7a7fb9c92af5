package main

import (
	"fmt"
	"net/netip"
	"slices"
)

func main() {
	ps := []netip.Prefix{
		netip.MustParsePrefix("10.1.0.0/16"),
		netip.MustParsePrefix("10.0.0.0/8"),
		netip.MustParsePrefix("::1/128"),
		netip.MustParsePrefix("10.1.0.0/24"),
		netip.MustParsePrefix("192.168.0.0/16"),
	}
	slices.SortFunc(ps, netip.Prefix.Compare)
	fmt.Println(ps)
	a := netip.MustParsePrefix("10.0.0.0/8")
	fmt.Println(a.Compare(a), a.Compare(netip.MustParsePrefix("10.0.0.0/16")))
}
