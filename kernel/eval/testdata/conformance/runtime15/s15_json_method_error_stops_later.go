package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Celsius int

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	if n < -273 {
		return errors.New("below absolute zero")
	}
	*c = Celsius(n)
	return nil
}

type Coord struct{ R, C int }

func (c *Coord) UnmarshalText(b []byte) error {
	if _, err := fmt.Sscanf(string(b), "%d:%d", &c.R, &c.C); err != nil {
		return fmt.Errorf("coord %q: %w", b, err)
	}
	return nil
}

type Log struct {
	Temps []Celsius
	Max   *Celsius
	Cells map[Coord]string
	Note  string
	Count int
}

// A method's error for an element of a slice, a pointer or a map key
// stops the decoding: the fields after it in the input keep their values.
func main() {
	for _, d := range []string{
		`{"Temps":[1,-500,3],"Note":"after","Count":2}`,
		`{"Max":-999,"Note":"after","Count":2}`,
		`{"Cells":{"1:1":"a","bad":"b"},"Note":"after","Count":2}`,
		`{"Note":"before","Temps":[-300],"Count":2}`,
	} {
		l := Log{Note: "keep", Count: -1}
		err := json.Unmarshal([]byte(d), &l)
		fmt.Printf("%v | %v %v %q %d\n", err, l.Temps, len(l.Cells), l.Note, l.Count)
	}
}
