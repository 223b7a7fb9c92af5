package main

import (
	"encoding/json"
	"fmt"
)

// Decoding matches keys to notebook struct fields case-insensitively,
// prefers an exact match, takes the last of duplicate keys, ignores
// unknown keys and unexported fields.

type Rec struct {
	Name     string
	UserID   int `json:"user_id"`
	Email    string
	EMAIL2   string
	internal string
}

func main() {
	var r Rec
	err := json.Unmarshal([]byte(`{"NAME":"a","name":"b","User_ID":3,"email":"e","eMaIl2":"f","internal":"x","extra":[1]}`), &r)
	fmt.Printf("%v %+v\n", err, r)
	var r2 Rec
	err = json.Unmarshal([]byte(`{"Name":"first","Name":"second","user_id":1,"user_id":2}`), &r2)
	fmt.Printf("%v %+v\n", err, r2)
	var m map[string]int
	err = json.Unmarshal([]byte(`{"a":1,"a":2,"A":3}`), &m)
	fmt.Println(err, m)
}
