package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Envelope[T any] struct {
	OK    bool      `json:"ok"`
	Data  T         `json:"data,omitempty"`
	Error *APIError `json:"error,omitempty"`
	Page  *Page     `json:"page,omitempty"`
}

type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *APIError) Error() string { return fmt.Sprintf("api error %d: %s", e.Code, e.Message) }

type Page struct {
	Next  string `json:"next,omitempty"`
	Total int    `json:"total"`
}

type User struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Roles []string `json:"roles,omitempty"`
}

func Decode[T any](body string) (T, *Page, error) {
	var env Envelope[T]
	var zero T
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return zero, nil, fmt.Errorf("decode: %w", err)
	}
	if !env.OK {
		if env.Error == nil {
			return zero, nil, errors.New("not ok and no error")
		}
		return zero, nil, env.Error
	}
	return env.Data, env.Page, nil
}

func main() {
	users, page, err := Decode[[]User](`{"ok":true,"data":[{"id":1,"name":"ann","roles":["admin"]},{"id":2,"name":"bob"}],"page":{"next":"abc","total":2}}`)
	fmt.Printf("%+v %+v %v\n", users, *page, err)
	u, _, err := Decode[User](`{"ok":true,"data":{"id":3,"name":"cy"}}`)
	fmt.Printf("%+v %v\n", u, err)
	_, _, err = Decode[User](`{"ok":false,"error":{"code":404,"message":"no such user"}}`)
	var apiErr *APIError
	fmt.Println(err, errors.As(err, &apiErr), apiErr.Code)
	_, _, err = Decode[User](`{"ok":true,"data":{"id":"x"}}`)
	fmt.Println(err)
	_, _, err = Decode[User](`{"ok":true,"extra":1}`)
	fmt.Println(err)
	_, _, err = Decode[map[string]int](`{"ok":false}`)
	fmt.Println(err)
	m, _, _ := Decode[map[string]int](`{"ok":true,"data":{"b":2,"a":1}}`)
	fmt.Println(m)

	out, _ := json.Marshal(Envelope[User]{OK: true, Data: User{ID: 9, Name: "zed"}})
	fmt.Println(string(out))
	out, _ = json.Marshal(Envelope[*User]{OK: false, Error: &APIError{500, "boom"}})
	fmt.Println(string(out))
	out, _ = json.MarshalIndent(Envelope[[]int]{OK: true, Data: []int{1, 2}, Page: &Page{Total: 2}}, "", "  ")
	fmt.Println(string(out))
}
