package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

type Color struct{ R, G, B uint8 }

func (c *Color) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ' ' && r != ',' })
	if err != nil {
		return err
	}
	s := string(tok)
	if !strings.HasPrefix(s, "#") || len(s) != 7 {
		return errors.New("bad color " + s)
	}
	_, err = fmt.Sscanf(s[1:], "%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

func (c Color) String() string { return fmt.Sprintf("rgb(%d,%d,%d)", c.R, c.G, c.B) }

type Weekday int

var days = []string{"sun", "mon", "tue"}

func (d *Weekday) UnmarshalText(b []byte) error {
	for i, n := range days {
		if n == string(b) {
			*d = Weekday(i)
			return nil
		}
	}
	return fmt.Errorf("unknown day %q", b)
}

func (d Weekday) MarshalText() ([]byte, error) { return []byte(days[d]), nil }

func main() {
	var lvl Level
	var name string
	n, err := fmt.Sscan("3 warn", &lvl, &name)
	fmt.Println(n, err, lvl, name)
	var c1, c2 Color
	n, err = fmt.Sscan("#ff8000 #0a0b0c", &c1, &c2)
	fmt.Println(n, err, c1, c2)
	_, err = fmt.Sscan("red", &c1)
	fmt.Println(err)
	var sched map[Weekday][]string
	err = json.Unmarshal([]byte(`{"mon":["gym"],"tue":["chess","piano"]}`), &sched)
	fmt.Println(err, len(sched), sched[1], sched[2])
	out, _ := json.Marshal(sched)
	fmt.Println(string(out))
	var ds []Weekday
	fmt.Println(json.Unmarshal([]byte(`["sun","tue","fri"]`), &ds), ds)
	var x, y int
	var op string
	n, err = fmt.Sscanf("12 + 30", "%d %s %d", &x, &op, &y)
	fmt.Println(n, err, x, op, y)
}
