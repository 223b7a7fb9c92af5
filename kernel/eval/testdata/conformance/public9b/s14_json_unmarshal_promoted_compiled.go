package main

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"time"
)

// *Stamp has (*time.Time).UnmarshalJSON promoted from its embedded field,
// and *Addr has (*netip.Addr).UnmarshalText: encoding/json decodes into
// the embedded field with that method, also as a struct field, a slice
// element, a map value or through a pointer.

type Stamp struct {
	time.Time
	Note string
}

type Addr struct {
	netip.Addr
}

type Host struct {
	Name string
	IP   Addr
	Alt  []Addr
	Seen Stamp
	Last *Stamp
}

func main() {
	var h Host
	err := json.Unmarshal([]byte(`{"Name":"db","IP":"10.1.2.3","Alt":["::1","192.168.0.1"],"Seen":"2021-06-07T08:09:10Z","Last":"2022-01-01T00:00:00Z"}`), &h)
	fmt.Println(err, h.Name, h.IP, h.Alt, h.Seen.Year(), h.Seen.Month(), h.Last.Year())
	var m map[string]Stamp
	fmt.Println(json.Unmarshal([]byte(`{"a":"2023-03-03T00:00:00Z"}`), &m), m["a"].Month())
	var one Stamp
	fmt.Println(json.Unmarshal([]byte(`"2024-04-04T00:00:00Z"`), &one), one.Day())
	var bad Host
	fmt.Println(json.Unmarshal([]byte(`{"IP":"not-an-ip"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"Alt":["x"]}`), &bad))
}
