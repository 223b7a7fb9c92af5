package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func ParseCents(s string) (Cents, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "$")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("too many decimals in %q", s)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	var c Cents
	for _, ch := range whole + frac {
		if ch < '0' || ch > '9' {
			return 0, fmt.Errorf("bad amount %q", s)
		}
		c = c*10 + Cents(ch-'0')
	}
	if neg {
		c = -c
	}
	return c, nil
}

var ErrInsufficient = errors.New("insufficient funds")

type Ledger struct {
	balances map[string]Cents
	journal  []string
}

func (l *Ledger) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED: " + err.Error()
		}
		l.journal = append(l.journal, fmt.Sprintf("%s -> %s %v %s", from, to, amt, status))
	}()
	if amt <= 0 {
		return fmt.Errorf("invalid amount %v", amt)
	}
	if l.balances[from] < amt {
		return fmt.Errorf("%s has %v, needs %v: %w", from, l.balances[from], amt, ErrInsufficient)
	}
	l.balances[from] -= amt
	l.balances[to] += amt
	return nil
}

func (l *Ledger) Interest(rateBP int64) {
	names := make([]string, 0, len(l.balances))
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b := l.balances[n]
		// banker's rounding of b*rate/10000
		num := int64(b) * rateBP
		q, r := num/10000, num%10000
		if r*2 > 10000 || r*2 == 10000 && q%2 == 1 {
			q++
		}
		l.balances[n] += Cents(q)
	}
}

func main() {
	l := &Ledger{balances: map[string]Cents{}}
	for _, s := range []string{"100", "25.5", "0.07", "-3.10", "1.234", "12a"} {
		c, err := ParseCents(s)
		fmt.Println(c, err)
	}
	l.balances["alice"], _ = ParseCents("100.00")
	l.balances["bob"], _ = ParseCents("5.25")
	fmt.Println(l.Transfer("alice", "bob", 2550))
	err := l.Transfer("bob", "carol", 10000)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(l.Transfer("carol", "alice", -1))
	l.Interest(125)
	for _, n := range []string{"alice", "bob", "carol"} {
		fmt.Println(n, l.balances[n])
	}
	fmt.Println(strings.Join(l.journal, "\n"))
	var total Cents
	for _, b := range l.balances {
		total += b
	}
	fmt.Println("total", total, Cents(-5), Cents(0))
}
