package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Status int

const (
	Active Status = iota + 1
	Discontinued
)

func (s Status) MarshalJSON() ([]byte, error) {
	switch s {
	case Active:
		return []byte(`"active"`), nil
	case Discontinued:
		return []byte(`"discontinued"`), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	switch str {
	case "active":
		*s = Active
	case "discontinued":
		*s = Discontinued
	default:
		return fmt.Errorf("unknown status %q", str)
	}
	return nil
}

type Dims struct {
	W, H float64
}

type Item struct {
	SKU    string            `json:"sku"`
	Name   string            `json:"name"`
	Qty    int               `json:"qty"`
	Status Status            `json:"status"`
	Dims   *Dims             `json:"dims,omitempty"`
	Attrs  map[string]string `json:"attrs,omitempty"`
	secret string
}

type Inventory struct {
	Items   []Item          `json:"items"`
	Extra   json.RawMessage `json:"extra"`
	Version json.Number     `json:"version"`
}

const input = `{
  "items": [
    {"sku": "A1", "name": "Bolt", "qty": 100, "status": "active", "attrs": {"size": "M4", "mat": "steel"}},
    {"sku": "B2", "name": "Nut", "qty": 0, "status": "discontinued", "dims": {"W": 1.5, "H": 0.5}}
  ],
  "extra": {"warehouse": [1, 2, 3]},
  "version": 12.50
}`

func main() {
	var inv Inventory
	if err := json.Unmarshal([]byte(input), &inv); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, it := range inv.Items {
		fmt.Printf("%s %-5s qty=%3d status=%d dims=%v\n", it.SKU, it.Name, it.Qty, it.Status, it.Dims)
	}
	fmt.Println(string(inv.Extra), inv.Version.String())
	f, err := inv.Version.Float64()
	fmt.Println(f, err)
	inv.Items[0].Qty--
	inv.Items = append(inv.Items, Item{SKU: "C3", Name: "Washer", Status: Active})
	out, err := json.MarshalIndent(inv, "", "  ")
	fmt.Println(string(out), err)
	var generic map[string]any
	json.Unmarshal(out, &generic)
	keys := make([]string, 0)
	for k, v := range generic {
		keys = append(keys, fmt.Sprintf("%s:%T", k, v))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))
	bad := `{"items":[{"sku":"Z","status":"lost"}]}`
	err = json.Unmarshal([]byte(bad), &inv)
	fmt.Println(err)
	_, err = json.Marshal(Item{Status: 9})
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), err)
	dec := json.NewDecoder(strings.NewReader(`{"sku":"Q","bogus":1}`))
	dec.DisallowUnknownFields()
	var it Item
	fmt.Println(dec.Decode(&it))
}
