package main

import (
	"fmt"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	parts := make([]string, len(ip))
	for i, b := range ip {
		parts[i] = fmt.Sprint(b)
	}
	return strings.Join(parts, ".")
}

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%v (%v years)", p.Name, p.Age)
}

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 4, 4},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	a := Person{"Arthur Dent", 42}
	z := Person{"Zaphod Beeblebrox", 9001}
	fmt.Println(a, z)
	fmt.Printf("%v %+v %s %d\n", a, z, hosts["loopback"], hosts["loopback"])
	ps := []Person{a, z}
	fmt.Println(ps)
	pp := &a
	fmt.Println(pp)
	fmt.Printf("%x %X\n", IPAddr{255, 1, 2, 3}, hosts["googleDNS"])
	m := map[IPAddr]Person{{1, 2, 3, 4}: a}
	fmt.Println(m)
}
