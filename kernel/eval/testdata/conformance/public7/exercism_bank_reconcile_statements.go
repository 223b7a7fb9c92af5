package main

import (
	"fmt"
	"sort"
	"strings"
)

// A small bank statement reconciler in the style of posted exercise
// solutions: parse, redeclare as it goes, group and report.

type Txn struct {
	ID     int
	Amount int64 // cents
	Memo   string
}

func parse(lines []string) ([]Txn, []error) {
	var txns []Txn
	var errs []error
	for i, l := range lines {
		var t Txn
		var dollars, cents int64
		n, err := fmt.Sscanf(l, "%d %d.%d %s", &t.ID, &dollars, &cents, &t.Memo)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d (%d fields): %w", i+1, n, err))
			continue
		}
		sign := int64(1)
		if dollars < 0 || strings.HasPrefix(strings.Fields(l)[1], "-") {
			sign, dollars = -1, -dollars
		}
		t.Amount = sign * (dollars*100 + cents)
		txns = append(txns, t)
	}
	return txns, errs
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func main() {
	bank := []string{"1 100.00 deposit", "2 -25.50 groceries", "3 -0.99 app", "4 -12.00 fuel", "x 1.00 bad", "5 300.10 salary"}
	ledger := []string{"1 100.00 deposit", "2 -25.50 groceries", "4 -12.00 fuel", "5 300.01 salary", "6 -5.00 coffee"}
	b, berrs := parse(bank)
	l, lerrs := parse(ledger)
	for _, e := range append(berrs, lerrs...) {
		fmt.Println("skip:", e)
	}
	byID := map[int]Txn{}
	for _, t := range l {
		byID[t.ID] = t
	}
	var report []string
	total, diff := int64(0), int64(0)
	for _, t := range b {
		total += t.Amount
		lt, ok := byID[t.ID]
		switch {
		case !ok:
			report = append(report, fmt.Sprintf("#%d only in bank: %s %s", t.ID, money(t.Amount), t.Memo))
			diff += t.Amount
		case lt.Amount != t.Amount:
			d, note := t.Amount-lt.Amount, "amount differs"
			report = append(report, fmt.Sprintf("#%d %s by %s", t.ID, note, money(d)))
			diff += d
		}
		delete(byID, t.ID)
	}
	ids := make([]int, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		t := byID[id]
		report = append(report, fmt.Sprintf("#%d only in ledger: %s %s", id, money(t.Amount), t.Memo))
		diff -= t.Amount
	}
	fmt.Println(strings.Join(report, "\n"))
	fmt.Println("bank total", money(total), "unreconciled", money(diff))
}
