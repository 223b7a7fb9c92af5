package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d %s"`, m.Cents/100, m.Cents%100, m.Cur)), nil
}

type Price struct {
	Money
	Label string
}

type Stamp struct {
	time.Time
	Note string
}

type Audited struct {
	Created Stamp
	Price   Price
	Named   struct {
		Money `json:"money"`
		Label string
	}
}

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type Wrap struct {
	Upper
	Extra int
}

func main() {
	p := Price{Money{1999, "EUR"}, "sale"}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	s := Stamp{time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), "ignored"}
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
	var a Audited
	a.Created = s
	a.Price = p
	a.Named.Money = Money{5, "USD"}
	a.Named.Label = "n"
	b, _ = json.Marshal(a)
	fmt.Println(string(b))
	b, _ = json.Marshal(Wrap{"abc", 1})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]any{"w": Wrap{"x", 2}, "p": &p})
	fmt.Println(string(b))
	fmt.Println(p.Cents, p.Money.Cur, s.Year(), s.Format(time.Kitchen))
	fmt.Println(s.Note, s.After(time.Time{}))
}
