package main

import (
	"fmt"
	"net/netip"
	"slices"
)

type Pool struct {
	Prefix netip.Prefix
	used   map[netip.Addr]string
}

func NewPool(p string) *Pool {
	return &Pool{netip.MustParsePrefix(p).Masked(), map[netip.Addr]string{}}
}

func (p *Pool) Allocate(owner string) (netip.Addr, bool) {
	for a := p.Prefix.Addr().Next(); p.Prefix.Contains(a); a = a.Next() {
		if _, taken := p.used[a]; !taken && a.Next().IsValid() && p.Prefix.Contains(a.Next()) {
			p.used[a] = owner
			return a, true
		}
	}
	return netip.Addr{}, false
}

func (p *Pool) Release(a netip.Addr) { delete(p.used, a) }

func main() {
	p := NewPool("192.168.10.77/29")
	fmt.Println(p.Prefix, p.Prefix.Bits(), p.Prefix.Addr())
	var got []netip.Addr
	for _, o := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		a, ok := p.Allocate(o)
		fmt.Print(a, ok, " ")
		if ok {
			got = append(got, a)
		}
	}
	fmt.Println()
	p.Release(got[2])
	a, ok := p.Allocate("late")
	fmt.Println(a, ok, p.used[a])
	addrs := []netip.Addr{netip.MustParseAddr("fe80::1%eth0"), netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("2001:db8::")}
	slices.SortFunc(addrs, func(a, b netip.Addr) int { return a.Compare(b) })
	for _, a := range addrs {
		fmt.Print(a, " ", a.Zone(), a.Is6(), a.IsLinkLocalUnicast(), a.WithZone(""), "; ")
	}
	fmt.Println()
	pf := netip.PrefixFrom(netip.MustParseAddr("2001:db8::1"), 48)
	fmt.Println(pf.Masked(), pf.IsValid(), netip.PrefixFrom(netip.MustParseAddr("1.2.3.4"), 40).IsValid())
}
