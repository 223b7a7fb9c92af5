package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Envelope[T any] struct {
	Kind  string `json:"kind"`
	Data  T      `json:"data"`
	Error *Err   `json:"error,omitempty"`
}

type Err struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

func (e *Err) Error() string { return fmt.Sprintf("%d: %s", e.Code, e.Msg) }

type User struct {
	ID   int      `json:"id"`
	Tags []string `json:"tags,omitempty"`
}

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next"`
}

func Decode[T any](b []byte) (T, error) {
	var env Envelope[T]
	if err := json.Unmarshal(b, &env); err != nil {
		var zero T
		return zero, fmt.Errorf("decode %T: %w", zero, err)
	}
	if env.Error != nil {
		return env.Data, env.Error
	}
	return env.Data, nil
}

func main() {
	two := 2
	b, _ := json.Marshal(Envelope[Page[User]]{"page", Page[User]{[]User{{1, []string{"a"}}, {2, nil}}, &two}, nil})
	fmt.Println(string(b))
	p, err := Decode[Page[User]](b)
	fmt.Printf("%+v %v %d\n", p.Items, err, *p.Next)
	u, err := Decode[User]([]byte(`{"kind":"user","data":{"id":9},"error":{"code":404,"msg":"gone"}}`))
	var e *Err
	fmt.Println(u, err, errors.As(err, &e), e.Code)
	_, err = Decode[int]([]byte(`{"data":"x"}`))
	fmt.Println(err)
	m, err := Decode[map[string]User]([]byte(`{"data":{"a":{"id":1},"b":{"id":2,"tags":["x"]}}}`))
	fmt.Println(m["b"].Tags, len(m), err)
	b, _ = json.Marshal(Envelope[[]int]{Kind: "nums"})
	fmt.Println(string(b))
}
