package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

type Port int

func (p *Port) UnmarshalJSON(b []byte) error {
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return fmt.Errorf("port: %w", err)
	}
	if n < 1 || n > 65535 {
		return errors.New("port out of range")
	}
	*p = Port(n)
	return nil
}

type Config struct {
	Host string `json:"host"`
	Port Port   `json:"port"`
	Tags []string
}

type Outer struct {
	Inner Config `json:"inner"`
	N     int    `json:"n"`
}

func main() {
	var c Config
	fmt.Println(json.Unmarshal([]byte(`{"host":"h","port":8080}`), &c), c)
	fmt.Println(json.Unmarshal([]byte(`{"host":"i","port":70000}`), &c), c)
	fmt.Println(json.Unmarshal([]byte(`{"port":"x"}`), &c), c.Host)
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"inner":{"host":"z","port":22},"n":1}`), &o), o)
	err := json.Unmarshal([]byte(`{"inner":{"host":1}}`), &o)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Field)
	err = json.Unmarshal([]byte(`{"n":"s"}`), &o)
	fmt.Println(err)
}
