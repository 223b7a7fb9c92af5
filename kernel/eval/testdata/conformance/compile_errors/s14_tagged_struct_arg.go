package main

import "fmt"

type Row struct {
	ID int `db:"id"`
}

func show(r Row) { fmt.Println(r.ID) }

func main() {
	show(struct {
		ID int `json:"id"`
	}{1})
}
