package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// The message of a json.MarshalerError names the notebook type whose
// MarshalJSON or MarshalText failed.

type Vault struct{ Open bool }

func (v Vault) MarshalJSON() ([]byte, error) {
	if !v.Open {
		return nil, errors.New("locked")
	}
	return []byte(`"open"`), nil
}

type Code int

func (c Code) MarshalText() ([]byte, error) { return nil, fmt.Errorf("code %d", int(c)) }

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{oops`), nil }

type Picky string

func (p *Picky) MarshalJSON() ([]byte, error) { return nil, errors.New("picky " + string(*p)) }

func main() {
	_, err := json.Marshal(Vault{})
	fmt.Println(err)
	_, err = json.Marshal(struct{ V []Vault }{[]Vault{{true}, {false}}})
	fmt.Println(err)
	_, err = json.Marshal(Code(3))
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"b": Broken{}})
	fmt.Println(err)
	_, err = json.Marshal(&Vault{})
	fmt.Println(err)
	_, err = json.Marshal(&struct{ P Picky }{"p"})
	fmt.Println(err)
	_, err = json.Marshal([]*Vault{{false}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), me.Err)
}
