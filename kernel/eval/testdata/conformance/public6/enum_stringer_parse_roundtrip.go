package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Weekday int

const (
	Monday Weekday = iota + 1
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

var dayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

func (d Weekday) String() string {
	if d < Monday || d > Sunday {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func (d Weekday) Next() Weekday { return d%7 + 1 }

func ParseWeekday(s string) (Weekday, error) {
	for i, n := range dayNames {
		if i > 0 && (strings.EqualFold(n, s) || strings.EqualFold(n[:3], s)) {
			return Weekday(i), nil
		}
	}
	return 0, fmt.Errorf("invalid weekday %q", s)
}

func (d Weekday) MarshalText() ([]byte, error) { return []byte(strings.ToLower(d.String()[:3])), nil }

func (d *Weekday) UnmarshalText(b []byte) error {
	v, err := ParseWeekday(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

type Schedule struct {
	Team string             `json:"team"`
	Days []Weekday          `json:"days"`
	Lead map[Weekday]string `json:"lead"`
}

func main() {
	for d := Monday; d <= Sunday; d++ {
		fmt.Printf("%-9v weekend=%-5t next=%v\n", d, d.Weekend(), d.Next())
	}
	fmt.Println(Weekday(0), Weekday(8), fmt.Sprintf("%d %s %q", Friday, Friday, Friday))
	for _, s := range []string{"wed", "SUNDAY", "Fri", "funday"} {
		d, err := ParseWeekday(s)
		fmt.Println(s, d, err)
	}
	sc := Schedule{"core", []Weekday{Monday, Wednesday, Friday}, map[Weekday]string{Monday: "ann", Friday: "bob"}}
	b, err := json.Marshal(sc)
	fmt.Println(string(b), err)
	var back Schedule
	err = json.Unmarshal([]byte(`{"team":"ops","days":["tue","Thu","sun"],"lead":{"sat":"cy"}}`), &back)
	fmt.Println(back.Team, back.Days, back.Lead, err)
	err = json.Unmarshal([]byte(`{"days":["someday"]}`), &back)
	fmt.Println(err)
}
