package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Card struct {
	Rank int
	Suit rune
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + string(c.Suit)
}

type Hand []Card

func (h Hand) Len() int      { return len(h) }
func (h Hand) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hand) Less(i, j int) bool {
	if h[i].Suit != h[j].Suit {
		return h[i].Suit < h[j].Suit
	}
	return h[i].Rank < h[j].Rank
}

type ByRank struct{ Hand }

func (b ByRank) Less(i, j int) bool { return b.Hand[i].Rank < b.Hand[j].Rank }

type InsufficientFunds struct {
	Need, Have float64
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %.2f, have %.2f", e.Need, e.Have)
}

type Account struct {
	Owner   string
	Balance float64
}

func (a *Account) Withdraw(x float64) error {
	if x > a.Balance {
		return InsufficientFunds{x, a.Balance}
	}
	a.Balance -= x
	return nil
}

func (a Account) String() string { return fmt.Sprintf("%s: $%.2f", a.Owner, a.Balance) }

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

func main() {
	h := Hand{{12, '♠'}, {3, '♥'}, {1, '♠'}, {13, '♦'}, {3, '♠'}}
	sort.Sort(h)
	fmt.Println(h)
	sort.Sort(ByRank{h})
	fmt.Println(h, sort.IsSorted(ByRank{h}))
	sort.Sort(sort.Reverse(h))
	fmt.Println(h)
	fmt.Printf("%v %s %d\n", h[0], h[0], h[0])
	acct := &Account{"ann", 50}
	fmt.Println(acct.Withdraw(20), acct)
	err := acct.Withdraw(100)
	fmt.Println(err)
	var ife InsufficientFunds
	fmt.Println(errors.As(err, &ife), ife.Need)
	fmt.Println(*acct)
	fmt.Printf("%v|%s|%d\n", Temp(21.55), Temp(-3), Temp(0))
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	var sb strings.Builder
	fmt.Fprint(&sb, Card{11, 'x'}, " ", []Card{{1, 'y'}})
	fmt.Println(sb.String())
	var st fmt.Stringer = Card{2, 'z'}
	fmt.Println(st)
	ps := []*Account{{"b", 1}, {"a", 2}}
	fmt.Println(ps[0], *ps[1])
}
