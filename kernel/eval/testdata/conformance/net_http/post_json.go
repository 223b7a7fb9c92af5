package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type Item struct {
	Name  string `json:"name"`
	Price int    `json:"price"`
}

type store struct{ items []Item }

func (s *store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		var it Item
		if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		s.items = append(s.items, it)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]int{"count": len(s.items)})
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(s.items)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	srv := httptest.NewServer(&store{})
	defer srv.Close()
	for _, body := range []string{`{"name":"pen","price":3}`, `{"name":"ink","price":7}`, `{bad`} {
		resp, err := http.Post(srv.URL, "application/json", bytes.NewBufferString(body))
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print(resp.Status, " ", string(b))
	}
	resp, _ := http.Get(srv.URL)
	var items []Item
	json.NewDecoder(resp.Body).Decode(&items)
	resp.Body.Close()
	fmt.Printf("%+v %s\n", items, resp.Header.Get("Content-Type"))
	req, _ := http.NewRequest(http.MethodDelete, srv.URL, nil)
	resp, _ = http.DefaultClient.Do(req)
	fmt.Println(resp.StatusCode, http.StatusText(resp.StatusCode))
	resp.Body.Close()
}
