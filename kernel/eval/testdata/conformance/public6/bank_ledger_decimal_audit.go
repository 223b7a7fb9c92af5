package main

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Entry struct {
	Seq     int
	Account string
	Amount  *big.Rat
	Memo    string
}

type Ledger struct {
	entries []Entry
	seq     int
}

var ErrUnbalanced = errors.New("unbalanced transaction")

func parseAmount(s string) (*big.Rat, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, fmt.Errorf("bad amount %q", s)
	}
	return r, nil
}

// Post records a balanced transaction: legs "account:amount".
func (l *Ledger) Post(memo string, legs ...string) error {
	var pending []Entry
	sum := new(big.Rat)
	for _, leg := range legs {
		acct, amt, ok := strings.Cut(leg, ":")
		if !ok {
			return fmt.Errorf("post %q: bad leg %q", memo, leg)
		}
		r, err := parseAmount(amt)
		if err != nil {
			return fmt.Errorf("post %q: %w", memo, err)
		}
		sum.Add(sum, r)
		pending = append(pending, Entry{Account: acct, Amount: r, Memo: memo})
	}
	if sum.Sign() != 0 {
		return fmt.Errorf("post %q: off by %s: %w", memo, sum.FloatString(2), ErrUnbalanced)
	}
	for _, e := range pending {
		l.seq++
		e.Seq = l.seq
		l.entries = append(l.entries, e)
	}
	return nil
}

func (l *Ledger) Balances() map[string]*big.Rat {
	out := map[string]*big.Rat{}
	for _, e := range l.entries {
		if out[e.Account] == nil {
			out[e.Account] = new(big.Rat)
		}
		out[e.Account].Add(out[e.Account], e.Amount)
	}
	return out
}

func main() {
	var l Ledger
	try := func(err error) {
		if err != nil {
			fmt.Println("rejected:", err, errors.Is(err, ErrUnbalanced))
		}
	}
	try(l.Post("opening", "cash:1000.00", "equity:-1000.00"))
	try(l.Post("rent", "expenses:rent:750.10", "cash:-750.10"))
	try(l.Post("split bill", "expenses:food:10/3", "expenses:food:20/3", "cash:-10"))
	try(l.Post("typo", "cash:-5", "income:4.99"))
	try(l.Post("bad", "cash:abc", "x:1"))
	try(l.Post("bad2", "cashonly"))
	try(l.Post("interest", "cash:0.1", "income:-0.1"))

	bal := l.Balances()
	names := make([]string, 0, len(bal))
	for n := range bal {
		names = append(names, n)
	}
	sort.Strings(names)
	total := new(big.Rat)
	for _, n := range names {
		total.Add(total, bal[n])
		fmt.Printf("%-16s %12s  (%s)\n", n, bal[n].FloatString(2), bal[n].RatString())
	}
	fmt.Println("total:", total.FloatString(2), "entries:", len(l.entries))
	f, exact := bal["cash"].Float64()
	fmt.Println(f, exact)
	x := new(big.Int)
	x.SetString("123456789012345678901234567890", 10)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(new(big.Int).Mul(x, y), x.Cmp(y), new(big.Int).Mod(x, big.NewInt(97)))
	q, m := new(big.Int).DivMod(y, big.NewInt(1000007), new(big.Int))
	fmt.Println(q, m, y.BitLen(), x.String()[:5])
}
