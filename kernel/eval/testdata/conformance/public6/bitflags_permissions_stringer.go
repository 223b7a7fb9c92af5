package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
	Owner
	_
	Audit
	All = Read | Write | Exec | Admin | Owner | Audit
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Admin, "admin"}, {Owner, "owner"}, {Audit, "audit"}}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	rest := p
	for _, pn := range permNames {
		if p&pn.p != 0 {
			parts = append(parts, pn.name)
			rest &^= pn.p
		}
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }
func (p *Perm) Grant(q Perm)   { *p |= q }
func (p *Perm) Revoke(q Perm)  { *p &^= q }

func Parse(s string) (Perm, error) {
	var p Perm
	for _, f := range strings.Split(s, "|") {
		found := false
		for _, pn := range permNames {
			if pn.name == strings.TrimSpace(f) {
				p |= pn.p
				found = true
			}
		}
		if !found {
			return p, fmt.Errorf("unknown permission %q", f)
		}
	}
	return p, nil
}

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	numDays = iota + 2
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

func main() {
	var p Perm
	p.Grant(Read | Write)
	fmt.Println(p, p.Has(Read), p.Has(Read|Exec), uint16(p))
	p.Grant(Admin)
	p.Revoke(Write)
	fmt.Printf("%v %d %b %s\n", p, p, p, All)
	fmt.Println(Perm(0), Perm(1<<5|1), Perm(0xffff))
	q, err := Parse("read | exec|audit")
	fmt.Println(q, err, bits.OnesCount16(uint16(q)), bits.TrailingZeros16(uint16(Audit)))
	_, err = Parse("read|fly")
	fmt.Println(err)
	fmt.Println(Monday, Thursday, numDays, KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	perms := map[Perm]string{Read: "r", Write | Exec: "wx"}
	fmt.Println(perms)
	fmt.Printf("%08b %v\n", uint8(bits.Reverse8(0b00010110)), bits.Len(255))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo, bits.RotateLeft8(0b10000001, 1))
}
