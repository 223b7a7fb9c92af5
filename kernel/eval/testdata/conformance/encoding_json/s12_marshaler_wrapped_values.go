package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Duration time.Duration

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	v, err := time.ParseDuration(s)
	*d = Duration(v)
	return err
}

type Secret string

func (Secret) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type Optional[T any] struct {
	Val T
	Set bool
}

func (o Optional[T]) MarshalJSON() ([]byte, error) {
	if !o.Set {
		return []byte("null"), nil
	}
	return json.Marshal(o.Val)
}

func (o *Optional[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = Optional[T]{}
		return nil
	}
	o.Set = true
	return json.Unmarshal(b, &o.Val)
}

type Job struct {
	Name     string        `json:"name"`
	Timeout  Duration      `json:"timeout"`
	Retries  Optional[int] `json:"retries"`
	Password Secret        `json:"password"`
	Extra    any           `json:"extra,omitempty"`
}

func main() {
	j := Job{"build", Duration(90 * time.Second), Optional[int]{3, true}, "hunter2", Secret("x")}
	b, err := json.Marshal(j)
	fmt.Println(string(b), err)
	var back Job
	err = json.Unmarshal([]byte(`{"name":"t","timeout":"1h2m","retries":null}`), &back)
	fmt.Printf("%v %+v %v\n", err, back.Retries, time.Duration(back.Timeout))
	err = json.Unmarshal([]byte(`{"timeout":5}`), &back)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))
	err = json.Unmarshal([]byte(`{"timeout":"5 parsecs"}`), &back)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"name":"a","retries":7} {"name":"b","bogus":1}`))
	dec.DisallowUnknownFields()
	for {
		var jj Job
		if err := dec.Decode(&jj); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%s %+v\n", jj.Name, jj.Retries)
	}
	out, _ := json.MarshalIndent([]Optional[string]{{"x", true}, {}}, "", " ")
	fmt.Println(string(out))
}
