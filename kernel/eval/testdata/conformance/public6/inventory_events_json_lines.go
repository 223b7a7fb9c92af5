package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

type EventType string

const (
	Received EventType = "received"
	Shipped  EventType = "shipped"
	Adjusted EventType = "adjusted"
)

type Event struct {
	Type   EventType       `json:"type"`
	SKU    string          `json:"sku"`
	Qty    int             `json:"qty"`
	At     time.Time       `json:"at"`
	Meta   json.RawMessage `json:"meta,omitempty"`
	Reason *string         `json:"reason,omitempty"`
}

type Stock struct {
	SKU     string `json:"sku"`
	OnHand  int    `json:"on_hand"`
	Shipped int    `json:"shipped"`
	Events  int    `json:"-"`
}

const input = `{"type":"received","sku":"A1","qty":100,"at":"2024-01-01T09:00:00Z"}
{"type":"shipped","sku":"A1","qty":30,"at":"2024-01-02T10:00:00Z","meta":{"order":"o-1"}}
{"type":"received","sku":"B2","qty":5,"at":"2024-01-02T11:00:00Z"}
not json at all
{"type":"adjusted","sku":"A1","qty":-2,"at":"2024-01-03T08:00:00Z","reason":"damaged"}
{"type":"shipped","sku":"B2","qty":9,"at":"2024-01-03T09:30:00Z"}
{"type":"teleported","sku":"C3","qty":1,"at":"2024-01-04T00:00:00Z"}
`

var ErrOversold = errors.New("oversold")

func apply(stock map[string]*Stock, e Event) error {
	s := stock[e.SKU]
	if s == nil {
		s = &Stock{SKU: e.SKU}
		stock[e.SKU] = s
	}
	switch e.Type {
	case Received, Adjusted:
		s.OnHand += e.Qty
	case Shipped:
		if e.Qty > s.OnHand {
			return fmt.Errorf("%s: ship %d with %d on hand: %w", e.SKU, e.Qty, s.OnHand, ErrOversold)
		}
		s.OnHand -= e.Qty
		s.Shipped += e.Qty
	default:
		return fmt.Errorf("unknown event type %q", e.Type)
	}
	s.Events++
	return nil
}

func main() {
	stock := map[string]*Stock{}
	sc := bufio.NewScanner(strings.NewReader(input))
	line := 0
	for sc.Scan() {
		line++
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			var se *json.SyntaxError
			fmt.Printf("line %d: skip (%v, syntax=%t)\n", line, err, errors.As(err, &se))
			continue
		}
		if err := apply(stock, e); err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		extra := ""
		if e.Reason != nil {
			extra = " reason=" + *e.Reason
		}
		if len(e.Meta) > 0 {
			var meta map[string]string
			json.Unmarshal(e.Meta, &meta)
			extra += " order=" + meta["order"]
		}
		fmt.Printf("line %d: %s %s %+d on %s%s\n", line, e.Type, e.SKU, e.Qty, e.At.Format("Jan 2 15:04"), extra)
	}
	skus := make([]string, 0, len(stock))
	for k := range stock {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	enc := json.NewEncoder(os.Stdout)
	for _, k := range skus {
		enc.Encode(stock[k])
	}
	dec := json.NewDecoder(strings.NewReader(`{"sku":"Z","on_hand":1} {"sku":"Y"} [`))
	for {
		var s Stock
		err := dec.Decode(&s)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("%+v more=%t\n", s, dec.More())
	}
}
