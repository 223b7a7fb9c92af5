package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Price struct{ Cents int64 }

func (p Price) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%d.%02d"`, p.Cents/100, p.Cents%100)), nil
}

func (p *Price) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if !strings.HasPrefix(s, "$") {
		return fmt.Errorf("price %q: missing $", s)
	}
	var d, c int64
	if _, err := fmt.Sscanf(s, "$%d.%d", &d, &c); err != nil {
		return err
	}
	p.Cents = d*100 + c
	return nil
}

type Wallet struct {
	Owner   string  `json:"owner"`
	Balance Price   `json:"balance"`
	History []Price `json:"history"`
}

func main() {
	type Money struct{ Cents int64 }
	_ = Money{}
	items := []Price{{150}, {99}, {0}}
	b, _ := json.Marshal(items)
	fmt.Println(string(b))
	ptrs := []*Price{{1}, nil}
	b, _ = json.Marshal(ptrs)
	fmt.Println(string(b))
	m := map[string]Price{"a": {250}}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	var back []Price
	err := json.Unmarshal([]byte(`["$1.50","$0.99"]`), &back)
	fmt.Println(back, err)
	err = json.Unmarshal([]byte(`["1.50"]`), &back)
	fmt.Println(err)
	var w Wallet
	err = json.Unmarshal([]byte(`{"owner":"z","balance":"$3.07","history":["$1.00","$2.07"]}`), &w)
	fmt.Println(w.Owner, w.Balance, w.History, err)
	out, _ := json.MarshalIndent(w, "", "\t")
	fmt.Println(strings.Count(string(out), "\n"), string(out))
}
