package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

var global = func() string {
	b, _ := json.Marshal(Level(2))
	return string(b)
}

func main() {
	run := func() {
		b, err := json.Marshal([]Level{1, 2})
		fmt.Println(string(b), err)
		var l Level
		fmt.Println(json.Unmarshal([]byte(`"high"`), &l), l)
		var nf *NotFound
		err = fmt.Errorf("wrap: %w", &NotFound{"k"})
		fmt.Println(errors.As(err, &nf), nf != nil && nf.Key == "k")
		ps := People{{"b", 2}, {"a", 1}}
		sort.Sort(ps)
		fmt.Println(ps)
		var sb strings.Builder
		fmt.Fprint(&sb, Level(1))
		fmt.Println(sb.String())
	}
	run()
	fmt.Println(global())
	fmt.Println(checkLater(fmt.Errorf("w: %w", &NotFound{"z"})), checkLater(errors.New("plain")))
	count := func(v any) int { return reflect.TypeOf(v).NumMethod() }
	fmt.Println(count(Level(0)), count(new(Level)), count(&NotFound{}), count(NotFound{}), count(People{}))
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal([]string{"", "low", "high"}[l]) }
func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	json.Unmarshal(b, &s)
	*l = map[string]Level{"low": 1, "high": 2}[s]
	return nil
}
func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found " + e.Key }

type Person struct {
	Name string
	Age  int
}
type People []Person

func (p People) Len() int           { return len(p) }
func (p People) Less(i, j int) bool { return p[i].Age < p[j].Age }
func (p People) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

var checkLater = func(err error) bool {
	var nf *NotFound
	return errors.As(err, &nf)
}
