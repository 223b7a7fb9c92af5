package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/netip"
	"sort"
	"time"
)

// Ledger entries whose fields embed compiled types with encoder methods:
// big.Int (MarshalJSON/UnmarshalJSON on *Int), netip.Addr (MarshalText),
// time.Time (MarshalJSON) promoted into notebook struct types.

type Amount struct{ *big.Int }

type Origin struct{ netip.Addr }

type When struct{ time.Time }

type Entry struct {
	ID     int
	Amount Amount
	From   Origin
	At     When
	Tags   map[string]When `json:",omitempty"`
}

func main() {
	huge, _ := new(big.Int).SetString("987654321098765432109876543210", 10)
	entries := []Entry{
		{1, Amount{huge}, Origin{netip.MustParseAddr("10.1.2.3")}, When{time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}, nil},
		{2, Amount{big.NewInt(-42)}, Origin{netip.MustParseAddr("::1")}, When{time.Date(2025, 6, 7, 8, 9, 10, 0, time.FixedZone("X", 3600))}, map[string]When{"seen": {time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}}},
	}
	b, err := json.MarshalIndent(entries, "", " ")
	fmt.Println(string(b), err)
	type decoded struct {
		ID   int
		From Origin
		At   When
		Tags map[string]When
	}
	var back []decoded
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back))
	for _, e := range back {
		fmt.Println(e.ID, e.From, e.From.Is4(), e.At.UTC().Format(time.RFC3339), len(e.Tags))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Amount.Cmp(entries[j].Amount.Int) < 0 })
	sum := new(big.Int)
	for _, e := range entries {
		sum.Add(sum, e.Amount.Int)
		fmt.Print(e.ID, " ")
	}
	fmt.Println(sum)
	err = json.Unmarshal([]byte(`[{"From":"x"}]`), &back)
	fmt.Println(err)
}
