package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1f°C"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	s := strings.TrimSuffix(strings.Trim(string(b), `"`), "°C")
	var f float64
	_, err := fmt.Sscanf(s, "%g", &f)
	*c = Celsius(f)
	return err
}

type Reading struct {
	Where string    `json:"where"`
	Temp  Celsius   `json:"temp"`
	Prev  *Celsius  `json:"prev,omitempty"`
	Hist  []Celsius `json:"hist"`
}

type Upper string

func (u *Upper) MarshalJSON() ([]byte, error) { return json.Marshal(strings.ToUpper(string(*u))) }

type Holder struct {
	V  Upper
	PV *Upper
}

func main() {
	prev := Celsius(19.25)
	r := Reading{"lab", 21.5, &prev, []Celsius{1, 2}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	var back Reading
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Where, back.Temp, *back.Prev, back.Hist)
	u := Upper("shh")
	h := Holder{"quiet", &u}
	b, _ = json.Marshal(h)
	fmt.Println(string(b))
}
