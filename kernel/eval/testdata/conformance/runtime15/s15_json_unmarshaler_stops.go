package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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

type Level int

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Reading struct {
	City  string
	Temp  Celsius
	Level Level
	Note  string
	Count int
}

// A failing UnmarshalJSON or UnmarshalText stops the decoding: fields
// after the failing one keep their values.
func main() {
	docs := []string{
		`{"City":"Seoul","Temp":-300,"Level":"low","Note":"n","Count":3}`,
		`{"City":"Busan","Temp":"warm","Level":"low","Note":"n","Count":3}`,
		`{"City":"Jeju","Temp":20,"Level":"mid","Note":"n","Count":3}`,
		`{"City":"Ulsan","Temp":20,"Level":5,"Note":"n","Count":3}`,
		`{"Note":"first","Temp":-500,"Count":9}`,
	}
	for _, d := range docs {
		r := Reading{Note: "keep", Count: -1}
		err := json.Unmarshal([]byte(d), &r)
		fmt.Printf("%+v\n  err: %v\n", r, err)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Println("  type error:", ute.Value, ute.Type, ute.Struct, ute.Field, ute.Offset)
		}
	}
}
