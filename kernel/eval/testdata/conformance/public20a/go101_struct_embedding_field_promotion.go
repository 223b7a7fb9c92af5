package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int64
}

func (t *Timestamps) Touch(now int64) { t.Updated = now }

type User struct {
	Base
	Timestamps
	Name  string
	Email string
}

type Admin struct {
	*User
	Level int
}

func main() {
	u := User{Base: Base{1, "base-name"}, Timestamps: Timestamps{100, 100}, Name: "outer", Email: "u@x"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Created, u.Describe())
	u.Rename("renamed")
	u.Touch(200)
	fmt.Println(u.Name, u.Base.Name, u.Updated)
	a := Admin{&u, 9}
	a.Touch(300)
	a.Rename("via-admin")
	fmt.Println(u.Updated, u.Base.Name, a.Describe(), a.Email, a.Level)
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	b, _ = json.Marshal(a)
	fmt.Println(string(b))
	var back User
	json.Unmarshal([]byte(`{"ID":7,"Name":"n","Created":5,"Email":"e"}`), &back)
	fmt.Printf("%+v\n", back)
	fmt.Printf("%v\n", u)
	fmt.Printf("%+v\n", a.Level)
	type Describer interface{ Describe() string }
	var d Describer = u
	fmt.Println(d.Describe())
	d = a
	fmt.Println(d.Describe())
	var nilAdmin Admin
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(nilAdmin.Email)
	}()
}
