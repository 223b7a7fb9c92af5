package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Base struct {
	ID        int       `json:"id"`
	CreatedAt time.Time `json:"created_at"`
}

type Address struct {
	Street string `json:"street,omitempty"`
	City   string `json:"city"`
}

type User struct {
	Base
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Password string         `json:"-"`
	Age      int            `json:"age,string"`
	Admin    bool           `json:",omitempty"`
	Addr     *Address       `json:"addr,omitempty"`
	Home     Address        `json:"home,omitzero"`
	Joined   time.Time      `json:"joined,omitzero"`
	Meta     map[string]any `json:"meta,omitempty"`
	Scores   []int          `json:"scores"`
	Dash     string         `json:"-,"`
}

func main() {
	t0 := time.Date(2024, 2, 29, 13, 4, 5, 0, time.UTC)
	u := User{Base: Base{7, t0}, Name: "Zoë", Password: "secret", Age: 31, Meta: map[string]any{"z": 1, "a": []string{"x"}, "m": nil}, Dash: "d"}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	u2 := User{Name: "Bo", Addr: &Address{City: "Oslo"}, Home: Address{City: "Rome"}, Joined: t0, Scores: []int{}}
	b, _ = json.MarshalIndent(u2, "", "  ")
	fmt.Println(string(b))
	var back User
	err = json.Unmarshal([]byte(`{"id":9,"name":"X","age":"12","password":"p","Admin":true,"addr":{"city":"Lima"},"scores":[1,2],"-":"dd","extra":1}`), &back)
	fmt.Printf("%+v %v\n", back.Addr, err)
	fmt.Println(back.ID, back.Name, back.Age, back.Password == "", back.Admin, back.Scores, back.Dash)
	err = json.Unmarshal([]byte(`{"age":12}`), &back)
	fmt.Println(err)
}
