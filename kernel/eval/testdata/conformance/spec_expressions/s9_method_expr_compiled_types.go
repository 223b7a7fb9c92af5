package main

import (
	"bytes"
	"fmt"
	"net/netip"
	"slices"
	"strings"
	"time"
)

func main() {
	// The method expression T.M of a compiled type is a func whose first
	// argument is the receiver.
	str := time.Duration.String
	fmt.Println(str(90*time.Second), time.Duration.Hours(3*time.Hour))
	fmt.Printf("%T\n", time.Duration.String)
	isZero := (*time.Time).IsZero
	fmt.Println(isZero(&time.Time{}), time.Time.IsZero(time.Unix(1, 0)))

	// As an argument of a generic func of the standard library.
	ps := []netip.Prefix{netip.MustParsePrefix("10.1.0.0/16"), netip.MustParsePrefix("10.0.0.0/8")}
	slices.SortFunc(ps, netip.Prefix.Compare)
	fmt.Println(ps)
	addrs := []netip.Addr{netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("10.0.0.1")}
	slices.SortFunc(addrs, netip.Addr.Compare)
	fmt.Println(addrs, slices.IsSortedFunc(addrs, netip.Addr.Compare))

	// Typed variables, slices and maps of them.
	var cmp func(netip.Addr, netip.Addr) int = netip.Addr.Compare
	fmt.Println(cmp(addrs[1], addrs[0]))
	write := (*bytes.Buffer).WriteString
	var b bytes.Buffer
	write(&b, "via ")
	write(&b, "method expression")
	fmt.Println(b.String())
	fs := map[string]func(*strings.Builder, string) (int, error){"ws": (*strings.Builder).WriteString}
	var sb strings.Builder
	fs["ws"](&sb, "map")
	fmt.Println(sb.String())
	durs := []func(time.Duration) float64{time.Duration.Seconds, time.Duration.Minutes}
	for _, f := range durs {
		fmt.Println(f(90 * time.Second))
	}
	// A variadic method.
	rep := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println((*strings.Replacer).Replace(rep, "abc"))
	fprintf := fmt.Fprintf
	fprintf(&b, "%d", 3)
	fmt.Println(b.Len())
}
