package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Errors of notebook marshalers and unmarshalers: errors.Is/As see the
// method's error through the encoder's wrapping, invalid output of a
// MarshalJSON, errors of UnmarshalJSON in elements.

var ErrLocked = errors.New("locked")

type Vault struct{ Open bool }

func (v Vault) MarshalJSON() ([]byte, error) {
	if !v.Open {
		return nil, ErrLocked
	}
	return []byte(`"open"`), nil
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{oops`), nil }

type Strict struct{ N int }

type RangeError struct{ N int }

func (e *RangeError) Error() string { return fmt.Sprintf("%d out of range", e.N) }

func (s *Strict) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	if n > 10 {
		return &RangeError{n}
	}
	s.N = n
	return nil
}

func main() {
	_, err := json.Marshal(Vault{})
	fmt.Println(errors.Is(err, ErrLocked))
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), me.Err, errors.Unwrap(err) == ErrLocked)
	b, err := json.Marshal(map[string]Vault{"a": {true}})
	fmt.Println(string(b), err)
	_, err = json.Marshal(struct{ B Broken }{})
	var se *json.SyntaxError
	fmt.Println(errors.As(err, &se), se)
	var s Strict
	err = json.Unmarshal([]byte(`42`), &s)
	var re *RangeError
	fmt.Println(err, errors.As(err, &re), re.N)
	var ss []Strict
	err = json.Unmarshal([]byte(`[1, 2, 30]`), &ss)
	fmt.Println(err, len(ss))
	err = json.Unmarshal([]byte(`"x"`), &s)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), err)
}
