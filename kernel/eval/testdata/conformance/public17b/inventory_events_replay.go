package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type EventType string

const (
	Received EventType = "received"
	Shipped  EventType = "shipped"
	Adjusted EventType = "adjusted"
)

type Event struct {
	Seq  int       `json:"seq"`
	Type EventType `json:"type"`
	SKU  string    `json:"sku"`
	Qty  int       `json:"qty"`
	Note string    `json:"note,omitempty"`
}

type Stock map[string]int

var ErrNegative = errors.New("stock would go negative")

type ApplyError struct {
	Event Event
	Err   error
}

func (e *ApplyError) Error() string {
	return fmt.Sprintf("event %d (%s %s x%d): %v", e.Event.Seq, e.Event.Type, e.Event.SKU, e.Event.Qty, e.Err)
}
func (e *ApplyError) Unwrap() error { return e.Err }

func (s Stock) Apply(e Event) error {
	switch e.Type {
	case Received:
		s[e.SKU] += e.Qty
	case Shipped:
		if s[e.SKU] < e.Qty {
			return &ApplyError{e, ErrNegative}
		}
		s[e.SKU] -= e.Qty
	case Adjusted:
		if s[e.SKU]+e.Qty < 0 {
			return &ApplyError{e, ErrNegative}
		}
		s[e.SKU] += e.Qty
	default:
		return &ApplyError{e, fmt.Errorf("unknown type %q", e.Type)}
	}
	return nil
}

func (s Stock) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, s[k])
	}
	return strings.Join(parts, " ")
}

const log = `[
 {"seq":3,"type":"shipped","sku":"apple","qty":4},
 {"seq":1,"type":"received","sku":"apple","qty":10},
 {"seq":2,"type":"received","sku":"pear","qty":5},
 {"seq":4,"type":"shipped","sku":"pear","qty":6,"note":"big order"},
 {"seq":5,"type":"adjusted","sku":"apple","qty":-2},
 {"seq":6,"type":"returned","sku":"pear","qty":1},
 {"seq":7,"type":"adjusted","sku":"kiwi","qty":3}
]`

func main() {
	var events []Event
	if err := json.Unmarshal([]byte(log), &events); err != nil {
		fmt.Println(err)
		return
	}
	sort.Slice(events, func(i, j int) bool { return events[i].Seq < events[j].Seq })
	stock := Stock{}
	var failures []error
	snapshots := map[int]string{}
	for _, e := range events {
		if err := stock.Apply(e); err != nil {
			failures = append(failures, err)
			continue
		}
		snapshots[e.Seq] = stock.String()
	}
	fmt.Println("final:", stock)
	for _, f := range failures {
		var ae *ApplyError
		errors.As(f, &ae)
		fmt.Printf("FAIL %v [negative=%v note=%q]\n", f, errors.Is(f, ErrNegative), ae.Event.Note)
	}
	seqs := make([]int, 0, len(snapshots))
	for s := range snapshots {
		seqs = append(seqs, s)
	}
	sort.Ints(seqs)
	for _, s := range seqs {
		fmt.Printf("after %d: %s\n", s, snapshots[s])
	}
	out, _ := json.Marshal(struct {
		Stock    Stock `json:"stock"`
		Failures int   `json:"failures"`
	}{stock, len(failures)})
	fmt.Println(string(out))
}
